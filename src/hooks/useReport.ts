import { type ButtonHTMLAttributes, type DialogHTMLAttributes, useCallback, useId, useMemo, useRef, useState } from 'react';
import type { ViolationSummary } from '../core/policy/policyTypes.js';
import type { ContactMatch } from '../core/types.js';
import type { Messages, ReportReason } from '../messages/index.js';
import { mergeProps } from '../utils/mergeProps.js';
import { useLatest } from '../utils/useLatest.js';
import { useOnPlatformSettings } from './OnPlatformProvider.js';
import type { PropGetter } from './propGetter.js';

/** `data-status` on the trigger and the dialog. */
export type ReportStatus = 'idle' | 'choosing' | 'sending' | 'sent' | 'failed';

export const REPORT_REASONS: readonly ReportReason[] = ['off-platform-contact', 'off-platform-payment', 'suspicious-link', 'other'];

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
  /** The dialog should show: choosing, sending, or failed (to retry). */
  isOpen: boolean;
  /** The reason currently chosen (preselected from the evidence). */
  reason: ReportReason;
  setReason: (reason: ReportReason) => void;
  /** Every reason, in order, with its label, for a radio group. */
  reasons: ReportReasonOption[];
  /** Why the last attempt failed (what `onReport` rejected with). */
  error: unknown;
  open: () => void;
  cancel: () => void;
  /** Sends the report once; ignored while sending and after it was sent. */
  submit: (reason?: ReportReason, details?: string) => Promise<void>;
  /** Props for the button that opens the dialog: `aria-haspopup`, `aria-expanded`, `aria-controls`, `data-status`; disabled once sent. */
  getTriggerProps: PropGetter<ButtonHTMLAttributes<HTMLButtonElement>, HTMLButtonElement>;
  /**
   * Props for the dialog (a `<dialog>`, or any element with its own modality): the hook owns its
   * `id`; `role="dialog"`, `aria-modal`, `aria-busy` while sending, `data-status`, `hidden` while closed.
   */
  getDialogProps: PropGetter<DialogHTMLAttributes<HTMLElement>, HTMLElement>;
}

const CONTACT_KINDS: ReadonlySet<ContactMatch['kind']> = new Set(['email', 'phone', 'social', 'meeting', 'intent']);

function supportedReasons(matches: readonly Pick<ContactMatch, 'kind'>[]): ReadonlySet<ReportReason> {
  const kinds = new Set(matches.map((match) => match.kind));
  const reasons = new Set<ReportReason>(['other']);
  if ([...kinds].some((kind) => CONTACT_KINDS.has(kind))) reasons.add('off-platform-contact');
  if (kinds.has('payment')) reasons.add('off-platform-payment');
  if (kinds.has('url')) reasons.add('suspicious-link');
  return reasons;
}

/**
 * The first reason (in REPORT_REASONS order) that the findings support.
 *
 * @example
 * ```ts
 * suggestReportReason(checkMessage('call +1 917 442 0188', { contractState: 'none' }).matches); // 'off-platform-contact'
 * suggestReportReason(detectContactInfo('pay me at paypal.me/ana')); // 'off-platform-payment'
 * ```
 */
export function suggestReportReason(matches: readonly Pick<ContactMatch, 'kind'>[]): ReportReason {
  const supported = supportedReasons(matches);
  return REPORT_REASONS.find((reason) => supported.has(reason)) ?? 'other';
}

interface ReportState {
  /** The message this state belongs to: a different `messageId` reads as a fresh report. */
  messageId: string;
  status: ReportStatus;
  error: unknown;
  reason: ReportReason | undefined;
}

/** Nothing reported yet for this message. */
const freshReport = (messageId: string): ReportState => ({ messageId, status: 'idle', error: undefined, reason: undefined });

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
export function useReport({ onReport, evidence, messages, locale }: UseReportOptions): UseReportResult {
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
  const sentFor = useRef<string | undefined>(undefined);
  const dialogId = useId();
  const latest = useLatest({ onReport, evidence, reason });

  const update = useCallback(
    (change: (state: ReportState) => Partial<ReportState>) =>
      setStored((previous) => {
        const id = latest.current.evidence.messageId;
        const base = previous.messageId === id ? previous : freshReport(id);
        return { ...base, ...change(base) };
      }),
    [latest],
  );

  const open = useCallback(() => update((state) => (state.status === 'idle' ? { status: 'choosing' } : {})), [update]);
  const cancel = useCallback(() => update((state) => (state.status === 'choosing' || state.status === 'failed' ? { status: 'idle' } : {})), [update]);
  const setReason = useCallback((next: ReportReason) => update(() => ({ reason: next })), [update]);

  const submit = useCallback(
    async (reasonOverride?: ReportReason, details?: string) => {
      const { onReport: deliver, evidence: attached, reason: chosen } = latest.current;
      if (inFlight.current || sentFor.current === attached.messageId) return;
      inFlight.current = true;
      const submitted = reasonOverride ?? chosen;
      update(() => ({ status: 'sending', error: undefined, reason: submitted }));
      try {
        await deliver({ reason: submitted, evidence: attached, ...(details ? { details } : {}) });
        sentFor.current = attached.messageId;
        update(() => ({ status: 'sent' }));
      } catch (failure) {
        update(() => ({ status: 'failed', error: failure }));
      } finally {
        inFlight.current = false;
      }
    },
    [latest, update],
  );

  const reasons = useMemo(() => {
    const supported = supportedReasons(findings);
    return REPORT_REASONS.map((value) => ({ value, label: copy.reportReason(value), suggested: value !== 'other' && supported.has(value) }));
  }, [copy, findings]);

  const { status } = current;
  const isOpen = status === 'choosing' || status === 'sending' || status === 'failed';
  const getTriggerProps: UseReportResult['getTriggerProps'] = (props) =>
    mergeProps(
      {
        type: 'button',
        'aria-haspopup': 'dialog',
        'aria-expanded': isOpen,
        'aria-controls': isOpen ? dialogId : undefined,
        'data-status': status,
        // Sent is final for this message: the trigger stays visible (as the confirmation) but inert.
        disabled: status === 'sent' ? true : undefined,
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

  return { status, isOpen, reason, setReason, reasons, error: current.error, open, cancel, submit, getTriggerProps, getDialogProps };
}
