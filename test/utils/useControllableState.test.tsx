import { act, renderHook } from '@testing-library/react';
import { useControllableState } from '../../src/utils/useControllableState';
import { useStableValue } from '../../src/utils/useStableValue';

describe('useControllableState', () => {
  it('uncontrolled: holds its own state, seeded from defaultValue (or its initialiser), and reports changes', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState({ value: undefined, defaultValue: () => 'start', onChange, name: 'Test' }));
    expect(result.current[0]).toBe('start');
    act(() => result.current[1]('next'));
    expect(result.current[0]).toBe('next');
    expect(onChange).toHaveBeenCalledWith('next');
  });

  it('uncontrolled: two quick calls see each other through the ref', () => {
    const { result } = renderHook(() => useControllableState({ value: undefined, defaultValue: 'a', name: 'Test' }));
    act(() => {
      result.current[1]('b');
      expect(result.current[2].current).toBe('b');
    });
  });

  it('controlled: the value comes from props; setValue only asks', () => {
    const onChange = vi.fn();
    const { result, rerender } = renderHook(({ value }) => useControllableState({ value, defaultValue: 'ignored', onChange, name: 'Test' }), {
      initialProps: { value: 'parent' },
    });
    act(() => result.current[1]('child'));
    expect(onChange).toHaveBeenCalledWith('child');
    expect(result.current[0]).toBe('parent');
    // The parent refused: the ref still holds what is shown.
    expect(result.current[2].current).toBe('parent');
    rerender({ value: 'accepted' });
    expect(result.current[0]).toBe('accepted');
    expect(result.current[2].current).toBe('accepted');
  });

  it('does not report a change to the same value', () => {
    const onChange = vi.fn();
    const { result } = renderHook(() => useControllableState({ value: undefined, defaultValue: 'same', onChange, name: 'Test' }));
    act(() => result.current[1]('same'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('warns in development when the caller switches modes, naming the hook', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { rerender } = renderHook(({ value }: { value: string | undefined }) => useControllableState({ value, defaultValue: '', name: 'useThing' }), {
      initialProps: { value: 'controlled' as string | undefined },
    });
    rerender({ value: undefined });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('useThing: switched from controlled to uncontrolled'));
    warn.mockRestore();
  });
});

describe('useStableValue', () => {
  it('keeps the first identity for equal content and changes it for new content', () => {
    const { result, rerender } = renderHook(({ value }) => useStableValue(value), { initialProps: { value: ['a', 'b'] } });
    const first = result.current;
    rerender({ value: ['a', 'b'] });
    expect(result.current).toBe(first);
    rerender({ value: ['a', 'c'] });
    expect(result.current).toEqual(['a', 'c']);
  });
});
