import type { CheckMessageResult, PolicyDecision } from '../core/policy/policyTypes.js';

/**
 * Whether the composer is holding back a warning that just appeared under the caret (see
 * `shouldHoldWarning`), as a pure reducer (no React).
 */
export interface HeldWarningState {
  /** The decision shown in the last render ("allow" while a warning is held). */
  shown: PolicyDecision;
  /** A fresh warning is shown as "allow" for now. */
  holding: boolean;
  /** The draft at which typing last paused while a warning was held: nothing is held for it. */
  pausedText: string | undefined;
}

export const HELD_WARNING_ACTIONS = {
  /**
   * A render showed `decision` for the live `verdict`, holding a warning back or not (adjusting
   * state while rendering). A steered `holding: false` shows the warning at once.
   */
  shown: 'shown',
  /** Typing paused at `text` (`HOLD_WARNING_PAUSE`): a held warning shows. */
  typingPaused: 'typingPaused',
} as const;

export type HeldWarningAction =
  | { type: typeof HELD_WARNING_ACTIONS.shown; decision: PolicyDecision; holding: boolean; verdict: CheckMessageResult }
  | { type: typeof HELD_WARNING_ACTIONS.typingPaused; text: string };

export const initialHeldWarningState = (decision: PolicyDecision, text: string): HeldWarningState => ({ shown: decision, holding: false, pausedText: text });

/**
 * A pause matters only while a warning is held: otherwise the state stays the same object, so a
 * pause in typing renders nothing.
 */
export function heldWarningReducer(state: HeldWarningState, action: HeldWarningAction): HeldWarningState {
  switch (action.type) {
    case HELD_WARNING_ACTIONS.shown:
      return state.shown === action.decision && state.holding === action.holding ? state : { ...state, shown: action.decision, holding: action.holding };
    case HELD_WARNING_ACTIONS.typingPaused:
      return !state.holding || state.pausedText === action.text ? state : { ...state, pausedText: action.text };
    default:
      return action satisfies never;
  }
}
