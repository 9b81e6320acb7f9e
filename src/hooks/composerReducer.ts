import type { CheckMessageResult } from '../core/policy/policyTypes.js';

/**
 * Interaction state of the message composer, as a pure reducer (no React). The draft itself
 * lives in `useControllableState` (it may be controlled by the caller); this holds what happens
 * around sending it.
 *
 * `status` (mirrored as `data-status`):
 * - `idle`: editing;
 * - `confirming`: a warned draft was sent once and waits for a confirmation (`acknowledge()` or a second send);
 * - `sending`: `onSend` is running; further sends are ignored;
 * - `error`: `onSend` failed; the draft is kept and `error` says why, so the person can retry.
 */
export type ComposerStatus = 'idle' | 'confirming' | 'sending' | 'error';

export interface ComposerState {
  status: ComposerStatus;
  /** Why the last send failed (the value `onSend` rejected with). */
  error: unknown;
  /** The person confirmed the warning on this draft: the next send goes out. Cleared by an edit. */
  acknowledged: boolean;
  /** How many sends the policy refused for the current draft (for nudges or logging). */
  blockedAttempts: number;
}

export const COMPOSER_ACTIONS = {
  valueChanged: 'valueChanged',
  sendRequested: 'sendRequested',
  sendBlocked: 'sendBlocked',
  acknowledged: 'acknowledged',
  sendStarted: 'sendStarted',
  sendSucceeded: 'sendSucceeded',
  sendFailed: 'sendFailed',
} as const;

export type ComposerActionType = (typeof COMPOSER_ACTIONS)[keyof typeof COMPOSER_ACTIONS];

/** Send actions carry the verdict of the text being sent, so a `stateReducer` can decide on it. */
export type ComposerAction =
  | { type: typeof COMPOSER_ACTIONS.valueChanged; value: string }
  | { type: typeof COMPOSER_ACTIONS.sendRequested; verdict: CheckMessageResult }
  | { type: typeof COMPOSER_ACTIONS.sendBlocked; verdict: CheckMessageResult }
  | { type: typeof COMPOSER_ACTIONS.acknowledged }
  | { type: typeof COMPOSER_ACTIONS.sendStarted; verdict: CheckMessageResult }
  | { type: typeof COMPOSER_ACTIONS.sendSucceeded }
  | { type: typeof COMPOSER_ACTIONS.sendFailed; error: unknown };

/** What a `stateReducer` receives: the action, plus the state the built-in reducer proposes. */
export type ComposerStateChange = ComposerAction & { changes: ComposerState };

export type ComposerStateReducer = (state: ComposerState, change: ComposerStateChange) => ComposerState;

export const INITIAL_COMPOSER_STATE: ComposerState = {
  status: 'idle',
  error: undefined,
  acknowledged: false,
  blockedAttempts: 0,
};

/**
 * The composer's built-in transitions (what `useMessageComposer` runs before a `stateReducer`):
 * the first send of a warned draft goes to `confirming` and the second (or `acknowledge()`) lets it
 * out; a send goes `sending`, then back to `idle` when `onSend` resolves or to `error` when it
 * rejects; an edit asks for a fresh confirmation; a blocked send counts in `blockedAttempts`.
 *
 * @example
 * ```ts
 * // Links need no confirmation in this app; other warnings (an invitation to chat elsewhere) still do.
 * useMessageComposer({
 *   contractState,
 *   onSend,
 *   stateReducer: (state, { type, changes, ...action }) =>
 *     type === COMPOSER_ACTIONS.sendRequested && 'verdict' in action && action.verdict.violations.every((v) => v.kind === 'url')
 *       ? { ...changes, status: 'idle', acknowledged: true }
 *       : changes,
 * });
 * ```
 */
export function composerReducer(state: ComposerState, action: ComposerAction): ComposerState {
  switch (action.type) {
    case COMPOSER_ACTIONS.valueChanged: {
      // Text typed while a message is going out belongs to the next message: nothing to reset.
      if (state.status === 'sending') return state;
      // An edit asks for a fresh confirmation and leaves a failed state; the error stays readable
      // until the next attempt.
      const unchanged = state.status === 'idle' && !state.acknowledged && state.blockedAttempts === 0;
      return unchanged ? state : { ...state, status: 'idle', acknowledged: false, blockedAttempts: 0 };
    }
    case COMPOSER_ACTIONS.sendRequested:
      // Only warned drafts are requested: the first request asks for a confirmation, the second one is it.
      return state.status === 'confirming' || state.acknowledged
        ? { ...state, status: 'idle', acknowledged: true }
        : { ...state, status: 'confirming' };
    case COMPOSER_ACTIONS.sendBlocked:
      return { ...state, status: 'idle', acknowledged: false, blockedAttempts: state.blockedAttempts + 1 };
    case COMPOSER_ACTIONS.acknowledged:
      return { ...state, status: state.status === 'confirming' ? 'idle' : state.status, acknowledged: true };
    case COMPOSER_ACTIONS.sendStarted:
      return { ...state, status: 'sending', error: undefined };
    case COMPOSER_ACTIONS.sendSucceeded:
      return INITIAL_COMPOSER_STATE;
    case COMPOSER_ACTIONS.sendFailed:
      return { ...state, status: 'error', error: action.error };
    default:
      return action satisfies never;
  }
}
