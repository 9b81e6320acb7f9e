import { useCallback, useRef, useState } from 'react';
import { useLatest } from './useLatest.js';

/** What a caller's `stateReducer` receives: the action, plus the state the built-in reducer proposes. */
export type SteeringReducer<S, A> = (state: S, change: A & { changes: S }) => S;

/**
 * Equal, or objects whose own fields are all equal: a `stateReducer` that spreads `changes` into a
 * new object with nothing changed must not render again (nor loop, when it runs during a render).
 */
function sameState(next: unknown, current: unknown): boolean {
  if (Object.is(next, current)) return true;
  if (typeof next !== 'object' || typeof current !== 'object' || next === null || current === null) return false;
  const nextKeys = Object.keys(next);
  return (
    nextKeys.length === Object.keys(current).length &&
    nextKeys.every((key) => Object.hasOwn(current, key) && Object.is((next as Record<string, unknown>)[key], (current as Record<string, unknown>)[key]))
  );
}

/**
 * A pure reducer that callers may steer with `stateReducer(state, { ...action, changes })`.
 * Unlike `useReducer`, `dispatch` returns the resulting state at once, so an event handler can
 * act on it (does this send go out?), and the state ref is current for the next handler in the
 * same tick.
 */
export function useSteeredReducer<S, A extends object>(reducer: (state: S, action: A) => S, initialState: S, stateReducer?: SteeringReducer<S, A>) {
  const [state, setState] = useState(initialState);
  const stateRef = useRef(state);
  const steerRef = useLatest(stateReducer);
  const dispatch = useCallback(
    (action: A): S => {
      const current = stateRef.current;
      const changes = reducer(current, action);
      const steer = steerRef.current;
      const next = steer ? steer(current, { ...action, changes }) : changes;
      if (!sameState(next, current)) {
        stateRef.current = next;
        setState(next);
      }
      return next;
    },
    [reducer, steerRef],
  );
  return [state, dispatch, stateRef] as const;
}
