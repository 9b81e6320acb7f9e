import { forwardRef } from 'react';
import { useOnPlatformSettings } from '../hooks/OnPlatformProvider.js';
import type { Messages } from '../messages/messages.js';
import { ResolvedReportButton, type ResolvedReportButtonProps } from './ResolvedReportButton.js';

export interface ReportButtonProps extends Omit<ResolvedReportButtonProps, 'copy'> {
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
