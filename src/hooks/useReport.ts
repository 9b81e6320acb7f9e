import { type ButtonHTMLAttributes, type DialogHTMLAttributes, useCallback, useId, useMemo, useRef, useState } from 'react';
import type { ViolationSummary } from '../core/policy/policyTypes.js';
import type { ContactMatch } from '../core/types.js';
import type { Messages, ReportReason } from '../messages/index.js';
import { mergeProps } from '../utils/mergeProps.js';
import { useLatest } from '../utils/useLatest.js';
import { useOnPlatformSettings } from './OnPlatformProvider.js';
import type { PropGetter } from './propGetter.js';
import { suggestReportReason, supportedReasons } from './suggestReportReason.js';
import { freshReport, isReportOpen, REPORT_ACTIONS, type ReportAction, reportReducer, type ReportStatus } from './reportReducer.js';

export type { ReportStatus } from './reportReducer.js';
export { suggestReportReason } from './suggestReportReason.js';

/** Every reason, in the order the dialog lists them. */
export const REPORT_REASONS: readonly ReportReason[] = ['off-platform-contact', 'off-platform-payment', 'scam', 'suspicious-link', 'other'];


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
  messages?: Partial<Messages>;
  /** @default the provider's locale, else 'en' */
  locale?: string;
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
  /** Sends the report once (then blocks, when ticked); ignored while sending and after it was done. */
  submit: (reason?: ReportReason, details?: string) => Promise<void>;
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

/** The report's steps, in order: a retry resumes at the one that failed. */
type Delivered = 'report' | 'block';


/**
 * A report flow that sends once: double clicks, re-renders and StrictMode never send twice.
 *
 * @param options - the reported message (`evidence`) and `onReport`.
 *
 * @example
 * ```tsx
 * import { useReport } from 'onplatform';
 *
 * const report = useReport({ evidence: { messageId, text, matches }, onReport: api.report });
 * <button {...report.getTriggerProps()}>Report</button>
 * <dialog {...report.getDialogProps()}>
 *   {report.reasons.map((option) => (
 *     <label key={option.value}>
 *       <input type="radio" checked={report.reason === option.value} onChange={() => report.setReason(option.value)} />
 *       {option.label}
 *     </label>
 *   ))}
 *   <button onClick={() => report.submit()}>Send report</button>
 *   <button onClick={report.cancel}>Cancel</button>
 * </dialog>
 * ```
 *
 * @group Hooks
 */
export function useReport({ onReport, onBlockUser, evidence, messages, locale }: UseReportOptions): UseReportResult {
  const { messages: copy } = useOnPlatformSettings({ messages, locale });
  const { messageId } = evidence;
  const [stored, setStored] = useState(() => freshReport(messageId));
  const current = stored.messageId === messageId ? stored : freshReport(messageId);
  const { matches, violations } = evidence;
  // Kinds only: a redacted message's evidence has no matches, only what was objected to.
  const findings = useMemo(() => [...matches, ...(violations ?? [])], [matches, violations]);
  const suggested = useMemo(() => suggestReportReason(findings), [findings]);
  const reason = current.reason ?? suggested;
  // Refs, not state: two clicks in one frame both see the same (stale) state.
  const inFlight = useRef(false);
  // What went out, per message: a retry after a failed block doesn't report twice.
  const delivered = useRef<{ messageId: string; steps: Set<Delivered> }>({ messageId, steps: new Set() });
  const dialogId = useId();
  const latest = useLatest({ onReport, onBlockUser, evidence, reason, blockUser: current.blockUser });

  const dispatch = useCallback(
    (action: ReportAction) =>
      setStored((previous) => {
        const id = latest.current.evidence.messageId;
        return reportReducer(previous.messageId === id ? previous : freshReport(id), action);
      }),
    [latest],
  );

  const open = useCallback(() => dispatch({ type: REPORT_ACTIONS.opened }), [dispatch]);
  const cancel = useCallback(() => dispatch({ type: REPORT_ACTIONS.dismissed }), [dispatch]);
  const setReason = useCallback((next: ReportReason) => dispatch({ type: REPORT_ACTIONS.reasonChosen, reason: next }), [dispatch]);
  const setBlockUser = useCallback((next: boolean) => dispatch({ type: REPORT_ACTIONS.blockUserChosen, blockUser: next }), [dispatch]);

  const submit = useCallback(
    async (reasonOverride?: ReportReason, details?: string) => {
      const { onReport: deliver, onBlockUser: block, evidence: attached, reason: chosen, blockUser } = latest.current;
      if (delivered.current.messageId !== attached.messageId) delivered.current = { messageId: attached.messageId, steps: new Set() };
      const steps = delivered.current.steps;
      const wantsBlock = blockUser && !!block;
      const done = steps.has('report') && (!wantsBlock || steps.has('block'));
      if (inFlight.current || done) return;
      inFlight.current = true;
      const submitted = reasonOverride ?? chosen;
      dispatch({ type: REPORT_ACTIONS.submitted, reason: submitted });
      try {
        if (!steps.has('report')) {
          await deliver({ reason: submitted, evidence: attached, ...(details ? { details } : {}) });
          steps.add('report');
        }
        if (wantsBlock && !steps.has('block')) {
          await block(attached);
          steps.add('block');
        }
        dispatch({ type: REPORT_ACTIONS.succeeded });
      } catch (failure) {
        dispatch({ type: REPORT_ACTIONS.failed, error: failure });
      } finally {
        inFlight.current = false;
      }
    },
    [latest, dispatch],
  );

  const reasons = useMemo(() => {
    const supported = supportedReasons(findings);
    return REPORT_REASONS.map((value) => ({ value, label: copy.reportReason(value), suggested: value !== 'other' && supported.has(value) }));
  }, [copy, findings]);

  const { status } = current;
  const isOpen = isReportOpen(current);
  const getTriggerProps: UseReportResult['getTriggerProps'] = (props) =>
    mergeProps(
      {
        type: 'button',
        'aria-haspopup': 'dialog',
        'aria-expanded': isOpen,
        'aria-controls': isOpen ? dialogId : undefined,
        'data-status': status,
        // Sent is final for this message: the trigger stays (as the confirmation) and keeps focus
        // when the thank-you closes, but does nothing (`open` only starts from idle).
        'aria-disabled': status === 'sent' ? true : undefined,
        onClick: open,
      },
      props,
    );
  const getDialogProps: UseReportResult['getDialogProps'] = (props) =>
    mergeProps(
      { id: dialogId, role: 'dialog', 'aria-modal': true, 'aria-busy': status === 'sending' || undefined, 'data-status': status, hidden: !isOpen },
      props,
      ['id'],
    );

  return {
    status,
    isOpen,
    reason,
    setReason,
    reasons,
    canBlockUser: onBlockUser !== undefined,
    blockUser: current.blockUser,
    setBlockUser,
    error: current.error,
    open,
    cancel,
    submit,
    getTriggerProps,
    getDialogProps,
  };
}
