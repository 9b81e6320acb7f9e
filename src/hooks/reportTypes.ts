import type { ButtonHTMLAttributes, DialogHTMLAttributes } from 'react';
import type { ViolationSummary } from '../core/policy/policyTypes.js';
import type { ContactMatch } from '../core/types.js';
import type { Messages, ReportReason } from '../messages/index.js';
import type { PropGetter } from './propGetter.js';
import type { ReportStateReducer, ReportStatus } from './reportReducer.js';

/** What a report carries: the message and what the detector found in it. */
export interface ReportEvidence {
  messageId: string;
  text: string;
  matches: readonly ContactMatch[];
  /**
   * What the policy objected to, without the details: what a redacted message (see
   * `redactMessage`) carries in place of `matches`, which stay on the server. Also read for the
   * suggested reason. @default []
   */
  violations?: readonly ViolationSummary[];
}

export interface ReportSubmission {
  reason: ReportReason;
  details?: string;
  evidence: ReportEvidence;
}

export interface UseReportOptions {
  /** Sends the report; may return a promise. Called once per report; a rejection lets the person retry. */
  onReport: (report: ReportSubmission) => void | Promise<unknown>;
  /**
   * Blocks the message's author; may return a promise. When given, the dialog offers "Also block
   * this person" (`blockUser`), and a ticked box calls this once, after the report went out.
   * @default undefined (no block option)
   */
  onBlockUser?: ((evidence: ReportEvidence) => void | Promise<unknown>) | undefined;
  /** The reported message. A new `messageId` starts a fresh report. */
  evidence: ReportEvidence;
  /** Per-key copy overrides (reason labels). @default the provider's */
  messages?: Partial<Messages> | undefined;
  /** @default the provider's locale, else 'en' */
  locale?: string | undefined;
  /**
   * Whether the dialog shows (controlled). The report's own rules still apply: a report that is
   * sending stays open until it settles, and a sent report does not open again.
   * @default undefined (uncontrolled: see `defaultOpen`)
   */
  open?: boolean | undefined;
  /** Whether the dialog shows at first (uncontrolled). @default false */
  defaultOpen?: boolean | undefined;
  /** Called with the new value when the dialog opens or closes: the trigger, Cancel, Escape, Close. @default undefined */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** The person's note (controlled). @default undefined (uncontrolled: see `defaultNote`) */
  note?: string | undefined;
  /** The note at first (uncontrolled); a report for another message starts empty. @default '' */
  defaultNote?: string | undefined;
  /** Called with the new note as the person types it. @default undefined */
  onNoteChange?: ((note: string) => void) | undefined;
  /**
   * Steers each transition: gets the current state and `{ type, changes }` (the built-in
   * `reportReducer`'s proposal) and returns the state to apply. A refused `submitted` sends nothing.
   * @default undefined (the built-in transitions)
   */
  stateReducer?: ReportStateReducer | undefined;
}

export interface ReportReasonOption {
  value: ReportReason;
  /** From the catalogue's `reportReason`. */
  label: string;
  /** The findings support this reason. */
  suggested: boolean;
}

export interface UseReportResult {
  status: ReportStatus;
  /** The dialog should show: choosing, sending, failed (to retry), or the thank-you after sending. */
  isOpen: boolean;
  /** The host supplied `onBlockUser`: offer "Also block this person". */
  canBlockUser: boolean;
  /** "Also block this person" is ticked. */
  blockUser: boolean;
  setBlockUser: (blockUser: boolean) => void;
  /** The person's note, sent as the report's `details` (trimmed; left out when empty). */
  note: string;
  setNote: (note: string) => void;
  /** The reason currently chosen (preselected from the evidence). */
  reason: ReportReason;
  setReason: (reason: ReportReason) => void;
  /** Every reason, in order, with its label, for a radio group. */
  reasons: ReportReasonOption[];
  /** Why the last attempt failed (what `onReport` rejected with). */
  error: unknown;
  open: () => void;
  /** Closes the dialog: Cancel before sending, Close on the thank-you (ignored while sending). */
  cancel: () => void;
  /** Sends the report once (then blocks, when ticked), with `details` or else the note; ignored while sending and after it was done. */
  submit: (reason?: ReportReason, details?: string) => Promise<void>;
  /** The resolved catalogue (the provider's, with `messages` over it), for the dialog's own copy. */
  copy: Messages;
  /**
   * Props for the button that opens the dialog: `aria-haspopup`, `aria-expanded`, `aria-controls`,
   * `data-status`. Once sent it is `aria-disabled` (not `disabled`): focus comes back to it when
   * the thank-you closes, and it stays in the tab order as the confirmation.
   */
  getTriggerProps: PropGetter<ButtonHTMLAttributes<HTMLButtonElement>, HTMLButtonElement>;
  /**
   * Props for the dialog (a `<dialog>`, or any element with its own modality): the hook owns its
   * `id`; `role="dialog"`, `aria-modal`, `aria-busy` while sending, `data-status`, `hidden` while closed.
   */
  getDialogProps: PropGetter<DialogHTMLAttributes<HTMLElement>, HTMLElement>;
}
