import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { type ReportEvidence, type ReportSubmission, useReport } from '../hooks/useReport.js';
import { useOnPlatformSettings } from '../hooks/OnPlatformProvider.js';
import type { Messages } from '../messages/messages.js';
import { cx } from '../utils/cx.js';
import { useModalDialog } from '../utils/useModalDialog.js';

export interface ReportButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'onClick' | 'children'> {
  /** The message being reported and what the detector found in it. */
  evidence: ReportEvidence;
  /** Sends the report; may return a promise. It is called once per report. */
  onReport: (report: ReportSubmission) => void | Promise<unknown>;
  /** Blocks the author; when given, the dialog offers "Also block this person". @default undefined (no block option) */
  onBlockUser?: (evidence: ReportEvidence) => void | Promise<unknown>;
  /** Trigger label. @default the catalogue's `reportTrigger` */
  children?: ReactNode;
  /** Per-key copy overrides. */
  messages?: Partial<Messages>;
}

/**
 * A report button with an accessible modal dialog (the native `<dialog>`: the page behind is
 * inert, Escape or a click on the backdrop closes it, focus returns to the button): reasons
 * preselected from the findings, an optional note, "Also block this person" when the host can
 * block (`onBlockUser`), and sending / retry states. Once sent, the dialog says thanks in plain text
 * with a Close button; the trigger then reads "Reported". The dialog scrolls with its actions
 * pinned to its bottom edge, so Cancel and Send report stay in view at 200% zoom.
 *
 * The `<dialog>` renders right after the button (it shows in the top layer, not in place), so put
 * the button where a `<div>` could go: not inside a `<p>`, a `<button>` or another `<form>`.
 *
 * @example
 * ```tsx
 * import { ReportButton } from 'onplatform';
 *
 * <ReportButton
 *   evidence={{ messageId: message.id, text: message.text, matches: [] }}
 *   onReport={(report) => api.report(report)} // { reason, details?, evidence }
 * />
 * ```
 *
 * @group Components
 */
export const ReportButton = forwardRef<HTMLButtonElement, ReportButtonProps>(function ReportButton(
  { evidence, onReport, onBlockUser, children, messages, className, ...buttonProps },
  ref,
) {
  const copy = useOnPlatformSettings({ messages }).messages;
  const report = useReport({ onReport, onBlockUser, evidence, messages });
  const [note, setNote] = useState('');
  const noteId = useId();
  const titleId = useId();
  const descriptionId = useId();
  const statusId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  const sent = report.status === 'sent';
  // The form goes away with the thank-you: focus follows to Close instead of falling to the dialog.
  useEffect(() => {
    if (sent && report.isOpen) closeRef.current?.focus();
  }, [sent, report.isOpen]);
  // Chromium would focus the first radio, checked or not; start on the preselected reason instead.
  const chosenReasonRef = useRef<HTMLInputElement>(null);
  const modal = useModalDialog(report.isOpen, report.cancel, chosenReasonRef);
  return (
    <>
      <button {...report.getTriggerProps({ ...buttonProps, className: cx('op-ReportButton', className) })} ref={ref}>
        {sent ? copy.reportDone : (children ?? copy.reportTrigger)}
      </button>
      <dialog
        {...report.getDialogProps({
          ...modal,
          className: 'op-ReportDialog',
          'aria-labelledby': titleId,
          // Thanks, once sent: the status below replaces the form.
          'aria-describedby': sent ? statusId : descriptionId,
          // The element hides itself while closed; `hidden` would also hide it while it is modal.
          hidden: false,
        })}
      >
        <div className="op-ReportDialog-content">
          <h2 id={titleId} className="op-ReportDialog-title">
            {copy.reportTitle}
          </h2>
          {!sent && (
            <p id={descriptionId} className="op-ReportDialog-description">
              {copy.reportDescription}
            </p>
          )}
          {!sent && (
            <form
              id={`${titleId}-form`}
              className="op-ReportDialog-form"
              onSubmit={(event) => {
                event.preventDefault();
                void report.submit(report.reason, note.trim() || undefined);
              }}
            >
              <fieldset className="op-ReportDialog-reasons" disabled={report.status === 'sending'}>
                <legend>{copy.reportReasonsLabel}</legend>
                {report.reasons.map((reason) => (
                  <label key={reason.value} className="op-ReportDialog-reason">
                    <input
                      ref={report.reason === reason.value ? chosenReasonRef : undefined}
                      type="radio"
                      name="reason"
                      value={reason.value}
                      checked={report.reason === reason.value}
                      onChange={() => report.setReason(reason.value)}
                    />
                    {reason.label}
                  </label>
                ))}
              </fieldset>
              <label htmlFor={noteId} className="op-ReportDialog-noteLabel">
                {copy.reportNoteLabel}
              </label>
              {/* The person's own words: dir="auto" so a note in another script reads in its direction. */}
              <textarea id={noteId} className="op-ReportDialog-note" dir="auto" value={note} rows={3} onChange={(event) => setNote(event.target.value)} />
              {report.canBlockUser && (
                <label className="op-ReportDialog-block">
                  <input
                    type="checkbox"
                    checked={report.blockUser}
                    disabled={report.status === 'sending'}
                    onChange={(event) => report.setBlockUser(event.target.checked)}
                  />
                  {copy.reportBlockUser}
                </label>
              )}
            </form>
          )}
          {/* One live region for every state, so the thank-you is announced like the failures. */}
          <p id={statusId} className="op-ReportDialog-status" role="status" data-status={report.status}>
            {report.status === 'sending' ? copy.reportSending : report.status === 'failed' ? copy.reportFailed : sent ? copy.reportSent : ''}
          </p>
          {/* Pinned to the dialog's bottom edge (CSS): in view at 200% zoom while the reasons scroll. */}
          <div className="op-ReportDialog-actions">
            {sent ? (
              <button ref={closeRef} type="button" className="op-Button" data-variant="primary" onClick={report.cancel}>
                {copy.reportClose}
              </button>
            ) : (
              <>
                <button type="button" className="op-Button" data-variant="secondary" onClick={report.cancel}>
                  {copy.reportCancel}
                </button>
                <button type="submit" form={`${titleId}-form`} className="op-Button" data-variant="primary" aria-disabled={report.status === 'sending' || undefined}>
                  {report.status === 'failed' ? copy.retry : copy.reportSubmit}
                </button>
              </>
            )}
          </div>
        </div>
      </dialog>
    </>
  );
});
