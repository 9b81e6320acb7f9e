import * as Dialog from '@radix-ui/react-dialog';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useId, useState } from 'react';
import { REPORT_REASONS, type ReportEvidence, type ReportSubmission, useReport } from '../hooks/useReport.js';
import { useOnPlatformSettings } from '../hooks/OnPlatformProvider.js';
import type { Messages } from '../messages/messages.js';
import { cx } from '../utils/cx.js';

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
 * A report button with an accessible dialog (Radix: focus trapped and returned, Escape closes):
 * reasons preselected from the findings, an optional note, and sending / sent / retry states.
 */
export const ReportButton = forwardRef<HTMLButtonElement, ReportButtonProps>(function ReportButton(
  { evidence, onReport, children, messages, className, ...buttonProps },
  ref,
) {
  const copy = useOnPlatformSettings(messages ? { messages } : {}).messages;
  const report = useReport({ onReport, evidence });
  const [note, setNote] = useState('');
  const noteId = useId();
  const open = report.status === 'choosing' || report.status === 'sending' || report.status === 'failed';
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? report.open() : report.cancel())}>
      <Dialog.Trigger asChild>
        <button
          {...report.getTriggerProps({ ...buttonProps, ref, className: cx('op-ReportButton', className) })}
          aria-controls={undefined}
        >
          {report.status === 'sent' ? copy.reportSent : (children ?? copy.reportTrigger)}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="op-ReportDialog-overlay" />
        <Dialog.Content className="op-ReportDialog" data-status={report.status}>
          <Dialog.Title className="op-ReportDialog-title">{copy.reportTitle}</Dialog.Title>
          <Dialog.Description className="op-ReportDialog-description">{copy.reportDescription}</Dialog.Description>
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
                  <input type="radio" name="reason" value={reason} checked={report.reason === reason} onChange={() => report.setReason(reason)} />
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
              <Dialog.Close asChild>
                <button type="button" className="op-Button" data-variant="secondary">
                  {copy.reportCancel}
                </button>
              </Dialog.Close>
              <button type="submit" className="op-Button" data-variant="primary" aria-disabled={report.status === 'sending' || undefined}>
                {report.status === 'failed' ? copy.retry : copy.reportSubmit}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
});
