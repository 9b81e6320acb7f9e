import type { CheckMessageResult } from '../core/policy/policyTypes.js';

/**
 * Interaction state of the message composer, as a pure reducer (no React). The draft itself
 * lives in `useControllableState` (it may be controlled by the caller); this holds what happens
 * around sending it.
 *
 * `status` (mirrored as `data-status`):
 * - `idle`: editing;
 * - `confirming`: a warned draft was sent once and waits for a confirmation (`acknowledge()`, or a
 *   send at least `CONFIRM_ARM_DELAY` ms later, so the second click of a double-click is not one);
 * - `sending`: `onSend` is running; further sends are ignored;
 * - `error`: `onSend` failed; the draft is kept and `error` says why, so the person can retry;
 * - `rejected`: `onSend` failed because the server's policy refused the message (an error with
 *   `violations`); the draft is kept and `rejection` is shown as a block, with no retry, until an edit.
 */
export type ComposerStatus = 'idle' | 'confirming' | 'sending' | 'error' | 'rejected';

/** The text before and after a removal, for the Undo control (shown while the draft is still `after`). */
export interface ComposerUndo {
  before: string;
  after: string;
}

export interface ComposerState {
  status: ComposerStatus;
  /** Why the last send failed (the value `onSend` rejected with). */
  error: unknown;
  /** The person confirmed the warning on this draft: the next send goes out. Cleared by an edit. */
  acknowledged: boolean;
  /** How many sends the policy refused for the current draft (for nudges or logging). */
  blockedAttempts: number;
  /** When the confirmation step began (the `now` of the send that asked for it), in ms. */
  confirmingSince: number | undefined;
  /** The server's verdict when it refused the last send (`status: 'rejected'`). */
  rejection: CheckMessageResult | undefined;
  /** Findings the person said are not contact details (`findingKey`), kept for the draft's life. */
  disputed: readonly string[];
  /** The last removal of flagged text, while it can be undone. */
  undo: ComposerUndo | undefined;
}

/** How long after the confirmation step appears a send counts as the confirmation, in ms (longer than a double-click). */
export const CONFIRM_ARM_DELAY = 700;

export const COMPOSER_ACTIONS = {
  valueChanged: 'valueChanged',
  sendRequested: 'sendRequested',
  sendBlocked: 'sendBlocked',
  acknowledged: 'acknowledged',
  sendStarted: 'sendStarted',
  sendSucceeded: 'sendSucceeded',
  sendFailed: 'sendFailed',
  sendRejected: 'sendRejected',
  findingDisputed: 'findingDisputed',
  flaggedRemoved: 'flaggedRemoved',
  removalUndone: 'removalUndone',
  reset: 'reset',
  draftKeyChanged: 'draftKeyChanged',
} as const;

export type ComposerActionType = (typeof COMPOSER_ACTIONS)[keyof typeof COMPOSER_ACTIONS];

/** Send actions carry the verdict of the text being sent, so a `stateReducer` can decide on it. */
export type ComposerAction =
  | { type: typeof COMPOSER_ACTIONS.valueChanged; value: string }
  | { type: typeof COMPOSER_ACTIONS.sendRequested; verdict: CheckMessageResult; now: number }
  | { type: typeof COMPOSER_ACTIONS.sendBlocked; verdict: CheckMessageResult }
  | { type: typeof COMPOSER_ACTIONS.acknowledged }
  | { type: typeof COMPOSER_ACTIONS.sendStarted; verdict: CheckMessageResult }
  | { type: typeof COMPOSER_ACTIONS.sendSucceeded }
  | { type: typeof COMPOSER_ACTIONS.sendFailed; error: unknown }
  | { type: typeof COMPOSER_ACTIONS.sendRejected; error: unknown; verdict: CheckMessageResult }
  | { type: typeof COMPOSER_ACTIONS.findingDisputed; key: string }
  | { type: typeof COMPOSER_ACTIONS.flaggedRemoved; before: string; after: string }
  | { type: typeof COMPOSER_ACTIONS.removalUndone }
  | { type: typeof COMPOSER_ACTIONS.reset }
  | { type: typeof COMPOSER_ACTIONS.draftKeyChanged; sending: boolean };

/** What a `stateReducer` receives for a sending action: the action, plus the state the built-in reducer proposes. */
export type ComposerStateChange = ComposerAction & { changes: ComposerState };

export const INITIAL_COMPOSER_STATE: ComposerState = {
  status: 'idle',
  error: undefined,
  acknowledged: false,
  blockedAttempts: 0,
  confirmingSince: undefined,
  rejection: undefined,
  disputed: [],
  undo: undefined,
};

/**
 * The composer's built-in transitions (what `useMessageComposer` runs before a `stateReducer`):
 * the first send of a warned draft goes to `confirming` and a second one at least
 * `CONFIRM_ARM_DELAY` ms later (or `acknowledge()`) lets it out; a send goes `sending`, then back to `idle` when `onSend` resolves or to `error` when it
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
      // An edit asks for a fresh confirmation, leaves a failed or refused state (the error stays
      // readable until the next attempt) and ends the chance to undo a removal, unless it is the
      // removal itself arriving.
      const undo = state.undo && state.undo.after === action.value ? state.undo : undefined;
      const unchanged = state.status === 'idle' && !state.acknowledged && state.blockedAttempts === 0 && undo === state.undo;
      return unchanged
        ? state
        : { ...state, status: 'idle', acknowledged: false, blockedAttempts: 0, confirmingSince: undefined, rejection: undefined, undo };
    }
    case COMPOSER_ACTIONS.sendRequested: {
      // Only warned drafts are requested: the first request asks for a confirmation; a later one,
      // once the step has been on screen for CONFIRM_ARM_DELAY, is it.
      if (state.acknowledged) return { ...state, status: 'idle', confirmingSince: undefined };
      if (state.status !== 'confirming' || state.confirmingSince === undefined) return { ...state, status: 'confirming', confirmingSince: action.now };
      if (action.now - state.confirmingSince < CONFIRM_ARM_DELAY) return state;
      return { ...state, status: 'idle', acknowledged: true, confirmingSince: undefined };
    }
    case COMPOSER_ACTIONS.sendBlocked:
      return { ...state, status: 'idle', acknowledged: false, blockedAttempts: state.blockedAttempts + 1, confirmingSince: undefined };
    case COMPOSER_ACTIONS.acknowledged:
      return { ...state, status: state.status === 'confirming' ? 'idle' : state.status, acknowledged: true, confirmingSince: undefined };
    case COMPOSER_ACTIONS.sendStarted:
      return { ...state, status: 'sending', error: undefined, rejection: undefined, undo: undefined };
    case COMPOSER_ACTIONS.sendSucceeded:
    case COMPOSER_ACTIONS.reset:
      return INITIAL_COMPOSER_STATE;
    case COMPOSER_ACTIONS.sendFailed:
      return { ...state, status: 'error', error: action.error };
    case COMPOSER_ACTIONS.sendRejected:
      return { ...state, status: 'rejected', error: action.error, rejection: action.verdict, acknowledged: false };
    case COMPOSER_ACTIONS.findingDisputed:
      // A disputed block becomes a warning: it still needs its own confirmation.
      return state.disputed.includes(action.key)
        ? state
        : { ...state, disputed: [...state.disputed, action.key], acknowledged: false, confirmingSince: undefined, status: state.status === 'confirming' ? 'idle' : state.status };
    case COMPOSER_ACTIONS.flaggedRemoved:
      return { ...state, undo: { before: action.before, after: action.after } };
    case COMPOSER_ACTIONS.removalUndone:
      return { ...state, undo: undefined };
    case COMPOSER_ACTIONS.draftKeyChanged:
      // Another conversation: its own send (if one is still going out) and nothing else carried over.
      return { ...INITIAL_COMPOSER_STATE, status: action.sending ? 'sending' : 'idle' };
    default:
      return action satisfies never;
  }
}
