import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { useOnPlatformSettings } from '../hooks/OnPlatformProvider.js';
import type { ReportEvidence, ReportSubmission, UseReportOptions } from '../hooks/reportTypes.js';
import { useResolvedReportDialog } from '../hooks/useReportDialog.js';
import type { Messages } from '../messages/messages.js';
import { cx } from '../utils/cx.js';

export interface ReportButtonProps
  extends Omit<ComponentPropsWithoutRef<'button'>, 'onClick' | 'children'>,
    Pick<UseReportOptions, 'open' | 'defaultOpen' | 'onOpenChange' | 'stateReducer'> {
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

/** The button's props with its copy already resolved against the provider. */
export interface ResolvedReportButtonProps extends Omit<ReportButtonProps, 'messages'> {
  copy: Messages;
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
 * `useReportDialog` gives the same behaviour to your own markup.
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
export const ReportButton = forwardRef<HTMLButtonElement, ReportButtonProps>(function ReportButton({ messages, ...props }, ref) {
  const copy = useOnPlatformSettings({ messages }).messages;
  return <ResolvedReportButton {...props} ref={ref} copy={copy} />;
});

/**
 * The report button with its copy handed in: `ReportButton` resolves the provider's settings for it,
 * and `ProtectedMessage` hands over the catalogue it resolved for the whole message, so one message
 * render reads the provider once. Not exported publicly.
 */
export const ResolvedReportButton = forwardRef<HTMLButtonElement, ResolvedReportButtonProps>(function ReportButton(
  { evidence, onReport, onBlockUser, children, copy, open, defaultOpen, onOpenChange, stateReducer, className, ...buttonProps },
  ref,
) {
  const report = useResolvedReportDialog({ onReport, onBlockUser, evidence, open, defaultOpen, onOpenChange, stateReducer }, copy);
  const { labels, sent } = report;
  return (
    <>
      <button {...report.getTriggerProps({ ...buttonProps, ref, className: cx('op-ReportButton', className) })}>
        {sent ? labels.trigger : (children ?? labels.trigger)}
      </button>
      <dialog {...report.getDialogProps({ className: 'op-ReportDialog' })}>
        <div className="op-ReportDialog-content">
          <h2 {...report.getTitleProps({ className: 'op-ReportDialog-title' })}>{labels.title}</h2>
          {!sent && <p {...report.getDescriptionProps({ className: 'op-ReportDialog-description' })}>{labels.description}</p>}
          {!sent && (
            <form {...report.getFormProps({ className: 'op-ReportDialog-form' })}>
              <fieldset {...report.getReasonsProps({ className: 'op-ReportDialog-reasons' })}>
                <legend>{labels.reasons}</legend>
                {report.reasons.map((option) => (
                  <label key={option.value} className="op-ReportDialog-reason">
                    <input {...report.getReasonProps(option)} />
                    {option.label}
                  </label>
                ))}
              </fieldset>
              <label {...report.getNoteLabelProps({ className: 'op-ReportDialog-noteLabel' })}>{labels.note}</label>
              <textarea {...report.getNoteProps({ className: 'op-ReportDialog-note', rows: 3 })} />
              {report.canBlockUser && (
                <label className="op-ReportDialog-block">
                  <input {...report.getBlockUserProps()} />
                  {labels.blockUser}
                </label>
              )}
            </form>
          )}
          <p {...report.getStatusProps({ className: 'op-ReportDialog-status' })}>{labels.status}</p>
          {/* Pinned to the dialog's bottom edge (CSS): in view at 200% zoom while the reasons scroll. */}
          <div className="op-ReportDialog-actions">
            {sent ? (
              <button {...report.getCloseButtonProps({ className: 'op-Button', 'data-variant': 'primary' })}>{labels.close}</button>
            ) : (
              <>
                <button {...report.getCancelButtonProps({ className: 'op-Button', 'data-variant': 'secondary' })}>{labels.cancel}</button>
                <button {...report.getSubmitButtonProps({ className: 'op-Button', 'data-variant': 'primary' })}>{labels.submit}</button>
              </>
            )}
          </div>
        </div>
      </dialog>
    </>
  );
});
