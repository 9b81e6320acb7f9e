import { useCallback, useRef, useState } from 'react';
import { useLatest } from './useLatest.js';

/** What a caller's `stateReducer` receives: the action, plus the state the built-in reducer proposes. */
export type SteeringReducer<S, A> = (state: S, change: A & { changes: S }) => S;

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
      if (!Object.is(next, current)) {
        stateRef.current = next;
        setState(next);
      }
      return next;
    },
    [reducer, steerRef],
  );
  return [state, dispatch, stateRef] as const;
}
