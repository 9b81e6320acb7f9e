import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { ContactMatch } from '../core/types.js';
import type { ReportReason } from '../messages/messages.js';
import { mergeProps } from '../utils/mergeProps.js';
import { useLatest } from '../utils/useLatest.js';

export type ReportStatus = 'idle' | 'choosing' | 'sending' | 'sent' | 'failed';

export const REPORT_REASONS: readonly ReportReason[] = ['off-platform-contact', 'off-platform-payment', 'suspicious-link', 'other'];

/** What a report carries: the message and what the detector found in it. */
export interface ReportEvidence {
  messageId: string;
  text: string;
  matches: readonly ContactMatch[];
}

export interface ReportSubmission {
  reason: ReportReason;
  details?: string;
  evidence: ReportEvidence;
}

export interface UseReportOptions {
  /** Sends the report; may return a promise. A rejection lets the person retry. */
  onReport: (report: ReportSubmission) => void | Promise<unknown>;
  evidence: ReportEvidence;
}

type ElementProps = Record<string, unknown>;

export interface UseReportResult {
  status: ReportStatus;
  /** The reason currently chosen (preselected from the evidence). */
  reason: ReportReason;
  setReason: (reason: ReportReason) => void;
  error: unknown;
  open: () => void;
  cancel: () => void;
  submit: (reason?: ReportReason, details?: string) => Promise<void>;
  getTriggerProps: (props?: ElementProps) => ElementProps;
  getDialogProps: (props?: ElementProps) => ElementProps;
}

/** The first reason (in REPORT_REASONS order) that the findings support. */
export function suggestReportReason(matches: readonly ContactMatch[]): ReportReason {
  const kinds = new Set(matches.map((match) => match.kind));
  const supports: Record<ReportReason, boolean> = {
    'off-platform-contact': ['email', 'phone', 'social', 'meeting', 'intent'].some((kind) => kinds.has(kind as ContactMatch['kind'])),
    'off-platform-payment': kinds.has('payment'),
    'suspicious-link': kinds.has('url'),
    other: true,
  };
  return REPORT_REASONS.find((reason) => supports[reason]) ?? 'other';
}

/** A report flow that sends once: double clicks, re-renders and StrictMode never send twice. */
export function useReport({ onReport, evidence }: UseReportOptions): UseReportResult {
  const [status, setStatus] = useState<ReportStatus>('idle');
  const [error, setError] = useState<unknown>(undefined);
  const suggested = useMemo(() => suggestReportReason(evidence.matches), [evidence.matches]);
  const [chosen, setReason] = useState<ReportReason | undefined>(undefined);
  const reason = chosen ?? suggested;
  // A ref, not state: two clicks in one frame both see the same stale state.
  const inFlight = useRef(false);
  const sent = useRef(false);
  const dialogId = useId();
  const latest = useLatest({ onReport, evidence, reason });

  const open = useCallback(() => setStatus((current) => (current === 'sent' || current === 'sending' ? current : 'choosing')), []);
  const cancel = useCallback(() => setStatus((current) => (current === 'sending' || current === 'sent' ? current : 'idle')), []);

  const submit = useCallback(async (reasonOverride?: ReportReason, details?: string) => {
    if (inFlight.current || sent.current) return;
    inFlight.current = true;
    setStatus('sending');
    setError(undefined);
    const { onReport: deliver, evidence: attached, reason: current } = latest.current;
    try {
      await deliver({ reason: reasonOverride ?? current, evidence: attached, ...(details ? { details } : {}) });
      sent.current = true;
      setStatus('sent');
    } catch (failure) {
      setError(failure);
      setStatus('failed');
    } finally {
      inFlight.current = false;
    }
  }, [latest]);

  const isOpen = status === 'choosing' || status === 'sending' || status === 'failed';
  const getTriggerProps = (props: ElementProps = {}) =>
    mergeProps(
      {
        type: 'button',
        'aria-haspopup': 'dialog',
        'aria-expanded': isOpen,
        'aria-controls': isOpen ? dialogId : undefined,
        'data-status': status,
        disabled: status === 'sent' ? true : undefined,
        onClick: open,
      },
      props,
    );
  const getDialogProps = (props: ElementProps = {}) =>
    mergeProps({ id: dialogId, role: 'dialog', 'aria-modal': true, 'data-status': status, hidden: !isOpen }, props, ['id']);

  return { status, reason, setReason, error, open, cancel, submit, getTriggerProps, getDialogProps };
}
