import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useId, useRef, useState } from 'react';
import { REPORT_REASONS, type ReportEvidence, type ReportSubmission, useReport } from '../hooks/useReport.js';
import { useOnPlatformSettings } from '../hooks/OnPlatformProvider.js';
import type { Messages } from '../messages/messages.js';
import { cx } from '../utils/cx.js';
import { useModalDialog } from '../utils/useModalDialog.js';

export interface ReportButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'onClick' | 'children'> {
  /** The message being reported and what the detector found in it. */
  evidence: ReportEvidence;
  /** Sends the report; may return a promise. It is called once per report. */
  onReport: (report: ReportSubmission) => void | Promise<unknown>;
  /** Trigger label. @default the catalogue's `reportTrigger` */
  children?: ReactNode;
  /** Per-key copy overrides. */
  messages?: Partial<Messages>;
}

/**
 * A report button with an accessible modal dialog (the native `<dialog>`: the page behind is
 * inert, Escape or a click on the backdrop closes it, focus returns to the button): reasons
 * preselected from the findings, an optional note, and sending / sent / retry states.
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
  { evidence, onReport, children, messages, className, ...buttonProps },
  ref,
) {
  const copy = useOnPlatformSettings({ messages }).messages;
  const report = useReport({ onReport, evidence });
  const [note, setNote] = useState('');
  const noteId = useId();
  const titleId = useId();
  const descriptionId = useId();
  // Chromium would focus the first radio, checked or not; start on the preselected reason instead.
  const chosenReasonRef = useRef<HTMLInputElement>(null);
  const modal = useModalDialog(report.isOpen, report.cancel, chosenReasonRef);
  return (
    <>
      <button {...report.getTriggerProps({ ...buttonProps, className: cx('op-ReportButton', className) })} ref={ref}>
        {report.status === 'sent' ? copy.reportSent : (children ?? copy.reportTrigger)}
      </button>
      <dialog
        {...report.getDialogProps({
          ...modal,
          className: 'op-ReportDialog',
          'aria-labelledby': titleId,
          'aria-describedby': descriptionId,
          // The element hides itself while closed; `hidden` would also hide it while it is modal.
          hidden: false,
        })}
      >
        <div className="op-ReportDialog-content">
          <h2 id={titleId} className="op-ReportDialog-title">
            {copy.reportTitle}
          </h2>
          <p id={descriptionId} className="op-ReportDialog-description">
            {copy.reportDescription}
          </p>
          <form
            className="op-ReportDialog-form"
            onSubmit={(event) => {
              event.preventDefault();
              void report.submit(report.reason, note.trim() || undefined);
            }}
          >
            <fieldset className="op-ReportDialog-reasons" disabled={report.status === 'sending'}>
              <legend>{copy.reportReasonsLabel}</legend>
              {REPORT_REASONS.map((reason) => (
                <label key={reason} className="op-ReportDialog-reason">
                  <input
                    ref={report.reason === reason ? chosenReasonRef : undefined}
                    type="radio"
                    name="reason"
                    value={reason}
                    checked={report.reason === reason}
                    onChange={() => report.setReason(reason)}
                  />
                  {copy.reportReason(reason)}
                </label>
              ))}
            </fieldset>
            <label htmlFor={noteId} className="op-ReportDialog-noteLabel">
              {copy.reportNoteLabel}
            </label>
            <textarea id={noteId} className="op-ReportDialog-note" value={note} rows={3} onChange={(event) => setNote(event.target.value)} />
            <p className="op-ReportDialog-status" role="status">
              {report.status === 'sending' ? copy.reportSending : report.status === 'failed' ? copy.reportFailed : ''}
            </p>
            <div className="op-ReportDialog-actions">
              <button type="button" className="op-Button" data-variant="secondary" onClick={report.cancel}>
                {copy.reportCancel}
              </button>
              <button type="submit" className="op-Button" data-variant="primary" aria-disabled={report.status === 'sending' || undefined}>
                {report.status === 'failed' ? copy.retry : copy.reportSubmit}
              </button>
            </div>
          </form>
        </div>
      </dialog>
    </>
  );
});
