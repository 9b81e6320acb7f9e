import type { ReportReason } from '../messages/messages.js';

/** `data-status` on the trigger and the dialog. */
export type ReportStatus = 'idle' | 'choosing' | 'sending' | 'sent' | 'failed';

/** The report flow for one message. Pure data: no React here. */
export interface ReportState {
  /** The message this state belongs to: a different `messageId` reads as a fresh report. */
  messageId: string;
  status: ReportStatus;
  error: unknown;
  /** Chosen by the person; `undefined` means the suggestion from the findings. */
  reason: ReportReason | undefined;
  /** "Also block this person" is ticked (only offered when the host can block). */
  blockUser: boolean;
  /** The person's note, sent as the report's `details` (trimmed; left out when empty). */
  note: string;
  /** Once sent, the dialog shows a thank-you until the person closes it. */
  thankYou: 'showing' | 'closed';
}

export const REPORT_ACTIONS = {
  opened: 'opened',
  /** Cancel, Escape, the backdrop, or Close on the thank-you. */
  dismissed: 'dismissed',
  reasonChosen: 'reasonChosen',
  blockUserChosen: 'blockUserChosen',
  /** The person typed in the note (or a controlled `note` changed). */
  noteChanged: 'noteChanged',
  submitted: 'submitted',
  succeeded: 'succeeded',
  failed: 'failed',
} as const;

export type ReportAction =
  | { type: typeof REPORT_ACTIONS.opened }
  | { type: typeof REPORT_ACTIONS.dismissed }
  | { type: typeof REPORT_ACTIONS.reasonChosen; reason: ReportReason }
  | { type: typeof REPORT_ACTIONS.blockUserChosen; blockUser: boolean }
  | { type: typeof REPORT_ACTIONS.noteChanged; note: string }
  | { type: typeof REPORT_ACTIONS.submitted; reason: ReportReason }
  | { type: typeof REPORT_ACTIONS.succeeded }
  | { type: typeof REPORT_ACTIONS.failed; error: unknown };

export type ReportActionType = (typeof REPORT_ACTIONS)[keyof typeof REPORT_ACTIONS];

/** What a `stateReducer` receives: the action, plus the state the built-in reducer proposes. */
export type ReportStateChange = ReportAction & { changes: ReportState };

export type ReportStateReducer = (state: ReportState, change: ReportStateChange) => ReportState;

/** Nothing reported yet for this message. */
export const freshReport = (messageId: string, note = ''): ReportState => ({
  messageId,
  status: 'idle',
  error: undefined,
  reason: undefined,
  blockUser: false,
  note,
  thankYou: 'closed',
});

/** The dialog shows while choosing, sending, after a failure (to retry) and for the thank-you. */
export const isReportOpen = (state: ReportState) =>
  state.status === 'choosing' || state.status === 'sending' || state.status === 'failed' || (state.status === 'sent' && state.thankYou === 'showing');

/**
 * The report flow's built-in transitions (what `useReport` runs before a `stateReducer`): opening
 * starts from `idle` only (sent is final for a message), a dismissal closes everything but a report
 * that is sending, and a sent report shows its thank-you until it is dismissed.
 *
 * @example
 * ```ts
 * // No thank-you step in this app: the dialog closes as soon as the report is sent.
 * useReport({
 *   evidence,
 *   onReport,
 *   stateReducer: (state, { type, changes }) => (type === REPORT_ACTIONS.succeeded ? { ...changes, thankYou: 'closed' } : changes),
 * });
 * ```
 */
export function reportReducer(state: ReportState, action: ReportAction): ReportState {
  switch (action.type) {
    case REPORT_ACTIONS.opened:
      return state.status === 'idle' ? { ...state, status: 'choosing' } : state;
    case REPORT_ACTIONS.dismissed:
      if (state.status === 'choosing' || state.status === 'failed') return { ...state, status: 'idle' };
      if (state.status === 'sent' && state.thankYou === 'showing') return { ...state, thankYou: 'closed' };
      return state; // A report that is sending finishes first.
    case REPORT_ACTIONS.reasonChosen:
      return { ...state, reason: action.reason };
    case REPORT_ACTIONS.blockUserChosen:
      return { ...state, blockUser: action.blockUser };
    case REPORT_ACTIONS.noteChanged:
      return state.note === action.note ? state : { ...state, note: action.note };
    case REPORT_ACTIONS.submitted:
      return { ...state, status: 'sending', error: undefined, reason: action.reason };
    case REPORT_ACTIONS.succeeded:
      return { ...state, status: 'sent', thankYou: 'showing' };
    case REPORT_ACTIONS.failed:
      return { ...state, status: 'failed', error: action.error };
    default:
      return action satisfies never;
  }
}
