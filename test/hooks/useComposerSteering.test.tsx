import { renderHook } from '@testing-library/react';
import { COMPOSER_ACTIONS, composerReducer, INITIAL_COMPOSER_STATE } from '../../src/hooks/composerReducer';
import type { ComposerStateReducer } from '../../src/hooks/composerStateReducer';
import { useComposerSteering } from '../../src/hooks/useComposerSteering';

describe('useComposerSteering', () => {
  it('makes the per-part reducers once, however often an inline stateReducer is made anew', () => {
    const { result, rerender } = renderHook(({ marker }) => useComposerSteering((_state, change) => (marker ? change.changes : change.changes)), {
      initialProps: { marker: 1 },
    });
    const first = result.current;
    rerender({ marker: 2 });
    expect(result.current).toBe(first);
    expect(first.composer).toBeTypeOf('function');
  });

  it('steers nothing without a stateReducer', () => {
    const { result } = renderHook(() => useComposerSteering(undefined));
    expect(result.current).toEqual({ composer: undefined, draft: undefined, heldWarning: undefined, findingPopover: undefined });
  });

  it('hands each part’s change to the latest stateReducer, tagged with its part', () => {
    const seen: string[] = [];
    const { result, rerender } = renderHook(({ stateReducer }) => useComposerSteering(stateReducer), {
      initialProps: { stateReducer: ((_state, change) => change.changes) as ComposerStateReducer },
    });
    rerender({
      stateReducer: (_state, change) => {
        seen.push(`${change.part}:${change.type}`);
        return change.changes;
      },
    });
    const action = { type: COMPOSER_ACTIONS.acknowledged } as const;
    const changes = composerReducer(INITIAL_COMPOSER_STATE, action);
    expect(result.current.composer!(INITIAL_COMPOSER_STATE, { ...action, changes })).toBe(changes);
    expect(seen).toEqual(['composer:acknowledged']);
  });
});
