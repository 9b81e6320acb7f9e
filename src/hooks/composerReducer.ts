/**
 * Interaction state of the message composer, as a pure reducer (no React): the draft's value
 * lives in `useControllableState`; this holds what happens around sending it.
 */
export type ComposerStatus = 'idle' | 'confirming' | 'sending' | 'error';

export interface ComposerState {
  status: ComposerStatus;
  /** Why the last send failed (the value `onSend` rejected with). */
  error: unknown;
  /** The person confirmed a warned draft; cleared when the draft changes. */
  acknowledged: boolean;
  /** How many sends were refused because the policy blocks the draft. */
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

export type ComposerAction =
  | { type: typeof COMPOSER_ACTIONS.valueChanged }
  | { type: typeof COMPOSER_ACTIONS.sendRequested }
  | { type: typeof COMPOSER_ACTIONS.sendBlocked }
  | { type: typeof COMPOSER_ACTIONS.acknowledged }
  | { type: typeof COMPOSER_ACTIONS.sendStarted }
  | { type: typeof COMPOSER_ACTIONS.sendSucceeded }
  | { type: typeof COMPOSER_ACTIONS.sendFailed; error: unknown };

export const INITIAL_COMPOSER_STATE: ComposerState = { status: 'idle', error: undefined, acknowledged: false, blockedAttempts: 0 };

export function composerReducer(state: ComposerState, action: ComposerAction): ComposerState {
  switch (action.type) {
    case COMPOSER_ACTIONS.valueChanged:
      // Editing a warned draft asks for a fresh confirmation; a failed draft goes back to idle.
      return state.status === 'sending' ? state : { ...state, status: 'idle', acknowledged: false };
    case COMPOSER_ACTIONS.sendRequested:
      // A warned draft goes out on the second request: the first one asks for a confirmation.
      return state.status === 'confirming' ? { ...state, status: 'idle', acknowledged: true } : { ...state, status: 'confirming' };
    case COMPOSER_ACTIONS.sendBlocked:
      return { ...state, status: 'idle', blockedAttempts: state.blockedAttempts + 1 };
    case COMPOSER_ACTIONS.acknowledged:
      return { ...state, status: 'idle', acknowledged: true };
    case COMPOSER_ACTIONS.sendStarted:
      return { ...state, status: 'sending', error: undefined };
    case COMPOSER_ACTIONS.sendSucceeded:
      return { ...INITIAL_COMPOSER_STATE };
    case COMPOSER_ACTIONS.sendFailed:
      return { ...state, status: 'error', error: action.error };
    default:
      return action satisfies never;
  }
}
