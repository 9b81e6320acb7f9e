import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Messages, ReportReason } from '../messages/index.js';
import { mergeProps } from '../utils/mergeProps.js';
import { useIsomorphicLayoutEffect } from '../utils/useIsomorphicLayoutEffect.js';
import { useLatest } from '../utils/useLatest.js';
import { useOnPlatformSettings } from './OnPlatformProvider.js';
import { freshReport, isReportOpen, REPORT_ACTIONS, type ReportAction, reportReducer, type ReportState } from './reportReducer.js';
import type { UseReportOptions, UseReportResult } from './reportTypes.js';
import { suggestReportReason, supportedReasons } from './suggestReportReason.js';

export type { ReportStatus } from './reportReducer.js';
export type { ReportEvidence, ReportReasonOption, ReportSubmission, UseReportOptions, UseReportResult } from './reportTypes.js';
export { suggestReportReason } from './suggestReportReason.js';

/** Every reason, in the order the dialog lists them. */
export const REPORT_REASONS: readonly ReportReason[] = ['off-platform-contact', 'off-platform-payment', 'scam', 'suspicious-link', 'other'];

/** The report's steps, in order: a retry resumes at the one that failed. */
type Delivered = 'report' | 'block';

/**
 * The state for this message, with a controlled `open` and `note` applied through the reducer's own
 * rules: a different `messageId` reads as a fresh report, the caller's note is the note, and the
 * caller's `open` opens or dismisses it.
 */
function settle(stored: ReportState, messageId: string, open: boolean | undefined, note: string | undefined): ReportState {
  const own = stored.messageId === messageId ? stored : freshReport(messageId);
  const state = note === undefined ? own : reportReducer(own, { type: REPORT_ACTIONS.noteChanged, note });
  if (open === undefined || open === isReportOpen(state)) return state;
  return reportReducer(state, { type: open ? REPORT_ACTIONS.opened : REPORT_ACTIONS.dismissed });
}

/**
 * A report flow that sends once: double clicks, re-renders and StrictMode never send twice. Its
 * transitions go through `reportReducer`, steered by `stateReducer`; the dialog's open state can be
 * controlled (`open`, `onOpenChange`). `useReportDialog` adds a native `<dialog>`'s behaviour.
 *
 * @param options - the reported message (`evidence`) and `onReport`.
 *
 * @example
 * ```tsx
 * import { useReport } from 'onplatform';
 *
 * const report = useReport({ evidence: { messageId, text, matches }, onReport: api.report });
 * <button {...report.getTriggerProps()}>Report</button>
 * <div {...report.getDialogProps()}>
 *   {report.reasons.map((option) => (
 *     <label key={option.value}>
 *       <input type="radio" checked={report.reason === option.value} onChange={() => report.setReason(option.value)} />
 *       {option.label}
 *     </label>
 *   ))}
 *   <button onClick={() => report.submit()}>Send report</button>
 *   <button onClick={report.cancel}>Cancel</button>
 * </div>
 * ```
 *
 * @group Hooks
 */
export function useReport(options: UseReportOptions): UseReportResult {
  return useResolvedReport(options, useOnPlatformSettings({ messages: options.messages, locale: options.locale }).messages);
}

/**
 * `useReport` with its copy already resolved: `ProtectedMessage` resolves the provider's settings
 * once per render and hands its catalogue down to the report button, as React Aria hands `state` down.
 */
export function useResolvedReport(options: UseReportOptions, copy: Messages): UseReportResult {
  const { onBlockUser, evidence, open: controlledOpen, defaultOpen = false, note: controlledNote, defaultNote = '' } = options;
  const { messageId, matches, violations } = evidence;
  const [stored, setStored] = useState(() => settle(freshReport(messageId, defaultNote), messageId, defaultOpen, controlledNote));
  // The stored state for dispatches: set by each dispatch at once (state lags until the render), and
  // re-synced after every commit.
  const storedRef = useRef(stored);
  const current = settle(stored, messageId, controlledOpen, controlledNote);
  // What a controlled `open` did is kept (React's "adjusting state when a prop changes"): a
  // thank-you the parent closed stays closed. Another message's state is left as it was.
  if (current !== stored && stored.messageId === messageId) setStored(current);
  useIsomorphicLayoutEffect(() => {
    storedRef.current = stored;
  });
  // Kinds only: a redacted message's evidence has no matches, only what was objected to.
  const findings = useMemo(() => [...matches, ...(violations ?? [])], [matches, violations]);
  const suggested = useMemo(() => suggestReportReason(findings), [findings]);
  const reason = current.reason ?? suggested;
  // Refs, not state: two clicks in one frame both see the same (stale) state.
  const inFlight = useRef(false);
  // What went out, per message: a retry after a failed block doesn't report twice.
  const delivered = useRef<{ messageId: string; steps: Set<Delivered> }>({ messageId, steps: new Set() });
  const dialogId = useId();
  const latest = useLatest({ ...options, reason, blockUser: current.blockUser, note: current.note, controlledNote });

  /** Applies an action (steered by `stateReducer`) and returns the state it led to. */
  const dispatch = useCallback(
    (action: ReportAction): ReportState => {
      const { evidence: { messageId: id }, open, controlledNote: note, stateReducer, onOpenChange, onNoteChange } = latest.current;
      const previous = settle(storedRef.current, id, open, note);
      const changes = reportReducer(previous, action);
      const next = stateReducer ? stateReducer(previous, { ...action, changes }) : changes;
      if (next === previous) return next;
      storedRef.current = next;
      setStored(next);
      if (isReportOpen(next) !== isReportOpen(previous)) onOpenChange?.(isReportOpen(next));
      if (next.note !== previous.note) onNoteChange?.(next.note);
      return next;
    },
    [latest],
  );

  const open = useCallback(() => void dispatch({ type: REPORT_ACTIONS.opened }), [dispatch]);
  const cancel = useCallback(() => void dispatch({ type: REPORT_ACTIONS.dismissed }), [dispatch]);
  const setReason = useCallback((next: ReportReason) => void dispatch({ type: REPORT_ACTIONS.reasonChosen, reason: next }), [dispatch]);
  const setBlockUser = useCallback((next: boolean) => void dispatch({ type: REPORT_ACTIONS.blockUserChosen, blockUser: next }), [dispatch]);
  const setNote = useCallback((next: string) => void dispatch({ type: REPORT_ACTIONS.noteChanged, note: next }), [dispatch]);

  const submit = useCallback(
    async (reasonOverride?: ReportReason, details?: string) => {
      const { onReport: deliver, onBlockUser: block, evidence: attached, reason: chosen, blockUser, note } = latest.current;
      const sentDetails = details ?? (note.trim() || undefined);
      if (delivered.current.messageId !== attached.messageId) delivered.current = { messageId: attached.messageId, steps: new Set() };
      const steps = delivered.current.steps;
      const wantsBlock = blockUser && !!block;
      const done = steps.has('report') && (!wantsBlock || steps.has('block'));
      if (inFlight.current || done) return;
      const submitted = reasonOverride ?? chosen;
      inFlight.current = true;
      // A `stateReducer` that refuses the submission sends nothing.
      if (dispatch({ type: REPORT_ACTIONS.submitted, reason: submitted }).status !== 'sending') {
        inFlight.current = false;
        return;
      }
      try {
        if (!steps.has('report')) {
          await deliver({ reason: submitted, evidence: attached, ...(sentDetails ? { details: sentDetails } : {}) });
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
    note: current.note,
    setNote,
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
    copy,
    getTriggerProps,
    getDialogProps,
  };
}
