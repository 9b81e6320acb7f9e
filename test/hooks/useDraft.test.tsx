import { act, renderHook } from '@testing-library/react';
import { DRAFT_ACTIONS } from '../../src/hooks/draftReducer';
import { useDraft, type UseDraftOptions } from '../../src/hooks/useDraft';

const options = (overrides: Partial<UseDraftOptions> = {}): UseDraftOptions => ({
  value: undefined,
  defaultValue: undefined,
  onValueChange: undefined,
  draftKey: undefined,
  name: 'test',
  ...overrides,
});

beforeEach(() => sessionStorage.clear());

describe('useDraft: typing and code changes', () => {
  it('a typed change is not known (checked after paint) and keeps its caret; a change by code is known', () => {
    const { result } = renderHook(() => useDraft(options({ defaultValue: 'hi' })));
    act(() => result.current.setTyped('hi there', 8));
    expect(result.current.value).toBe('hi there');
    expect(result.current.knownValue).toBeUndefined();
    expect(result.current.caret).toBe(8);
    act(() => result.current.setByCode('fixed'));
    expect(result.current.value).toBe('fixed');
    expect(result.current.knownValue).toBe('fixed');
  });

  it('controlled: a value the parent sets on its own counts as known, an echo of typing does not', () => {
    const onValueChange = vi.fn();
    const { result, rerender } = renderHook((props: { value: string }) => useDraft(options({ value: props.value, onValueChange })), {
      initialProps: { value: 'a' },
    });
    act(() => result.current.setTyped('ab', 2));
    expect(onValueChange).toHaveBeenCalledWith('ab');
    rerender({ value: 'ab' });
    expect(result.current.knownValue).toBeUndefined();
    rerender({ value: 'from the parent' });
    expect(result.current.knownValue).toBe('from the parent');
  });

  it('stores the draft under draftKey and clears it after a send of that very text', () => {
    const { result } = renderHook(() => useDraft(options({ draftKey: 'c1' })));
    act(() => result.current.setTyped('see you', 7));
    expect(sessionStorage.getItem('onplatform:draft:c1')).toBe('see you');
    act(() => result.current.clearSent('see you', 'c1'));
    expect(result.current.value).toBe('');
    expect(result.current.knownValue).toBe('');
    expect(sessionStorage.getItem('onplatform:draft:c1')).toBeNull();
  });
});

describe('useDraft: stateReducer', () => {
  it('steers the draft transitions: here a typed change never moves the remembered caret', () => {
    const stateReducer = vi.fn<NonNullable<UseDraftOptions['stateReducer']>>((state, { type, changes }) =>
      type === DRAFT_ACTIONS.typed ? { ...changes, caret: state.caret } : changes,
    );
    const { result } = renderHook(() => useDraft(options({ stateReducer })));
    act(() => result.current.setTyped('x', 1));
    expect(result.current.value).toBe('x');
    expect(result.current.caret).toBeUndefined();
    expect(stateReducer).toHaveBeenCalledWith(expect.objectContaining({ caret: undefined }), expect.objectContaining({ type: DRAFT_ACTIONS.typed, value: 'x', caret: 1 }));
  });
});
