import { useEffect, useMemo, useRef } from 'react';
import type { CheckMessageResult } from '../core/policy/policyTypes.js';
import { useIsomorphicLayoutEffect } from '../utils/useIsomorphicLayoutEffect.js';
import { type SteeringReducer, useSteeredReducer } from '../utils/useSteeredReducer.js';
import { HELD_WARNING_ACTIONS, type HeldWarningAction, heldWarningReducer, type HeldWarningState, initialHeldWarningState } from './heldWarningReducer.js';
import { shouldHoldWarning } from './shouldHoldWarning.js';

/** How long typing must pause before a held warning shows, in ms. */
export const HOLD_WARNING_PAUSE = 1200;

export interface UseHeldWarningOptions {
  /** The live verdict. */
  verdict: CheckMessageResult;
  /** The draft as typed. */
  text: string;
  /** The last draft set by code (never held). */
  knownText: string | undefined;
  /** Where the caret was after the last typed change. */
  caret: number | undefined;
  /** Steers the transitions (`heldWarningReducer`). */
  stateReducer?: SteeringReducer<HeldWarningState, HeldWarningAction> | undefined;
}

/**
 * The verdict to show: the live one, except that a warning which just appeared under the caret
 * waits (see `shouldHoldWarning`) and shows as "allow" meanwhile, so the banner doesn't flash amber
 * a few words before it turns red. The pause timer only updates state while a warning is held, so
 * a pause in typing renders nothing otherwise.
 */
export function useHeldWarning({ verdict, text, knownText, caret, stateReducer }: UseHeldWarningOptions): CheckMessageResult {
  const [state, apply] = useSteeredReducer(heldWarningReducer, initialHeldWarningState(verdict.decision, text), stateReducer);
  const typing = text !== knownText && state.pausedText !== text;
  const held = shouldHoldWarning({ verdict, shownDecision: state.shown, text, caret, typing });
  const decision = held ? 'allow' : verdict.decision;
  // Adjusting state while rendering (React's pattern for "the previous value"): no extra frame. What
  // shows is the state as steered, so a `stateReducer` that refuses to hold takes effect in this render.
  const holding = (decision !== state.shown || held !== state.holding ? apply({ type: HELD_WARNING_ACTIONS.shown, decision, holding: held, verdict }) : state).holding;

  // The draft typing last paused at, whether or not a warning was held then (no render for it).
  const settledRef = useRef(text);
  useEffect(() => {
    if (settledRef.current === text) return undefined;
    const timer = setTimeout(() => {
      settledRef.current = text;
      apply({ type: HELD_WARNING_ACTIONS.typingPaused, text });
    }, HOLD_WARNING_PAUSE);
    return () => clearTimeout(timer);
  }, [apply, text]);
  // A warning that appears after typing already paused (a contract change, a late check of a long
  // draft) is not held: released before the browser paints.
  useIsomorphicLayoutEffect(() => {
    if (held && settledRef.current === text) apply({ type: HELD_WARNING_ACTIONS.typingPaused, text });
  }, [apply, held, text]);

  return useMemo(() => (holding ? { ...verdict, decision: 'allow' as const, violations: [] } : verdict), [holding, verdict]);
}
