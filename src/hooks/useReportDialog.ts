import {
  type ButtonHTMLAttributes,
  type DialogHTMLAttributes,
  type FormEvent,
  type FormHTMLAttributes,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type LabelHTMLAttributes,
  type Ref,
  type TextareaHTMLAttributes,
  useEffect,
  useId,
  useRef,
} from 'react';
import { mergeProps } from '../utils/mergeProps.js';
import { useModalDialog } from '../utils/useModalDialog.js';
import type { DataAttributes, PropGetter } from './propGetter.js';
import type { ReportReasonOption, UseReportOptions, UseReportResult } from './reportTypes.js';
import type { Messages } from '../messages/messages.js';
import { useOnPlatformSettings } from './OnPlatformProvider.js';
import { useResolvedReport } from './useReport.js';

/** As for `useReport` (the note included: it is part of the report's state). */
export type UseReportDialogOptions = UseReportOptions;

/** The dialog's copy for its current state, from the catalogue. */
export interface ReportDialogLabels {
  /** "Report", or "Reported" once sent. */
  trigger: string;
  title: string;
  description: string;
  /** The legend of the reasons. */
  reasons: string;
  note: string;
  blockUser: string;
  /** What the live region says: sending, failed, the thank-you, or nothing. */
  status: string;
  close: string;
  cancel: string;
  /** "Send report", or "Retry" after a failure. */
  submit: string;
}

export interface UseReportDialogResult extends Omit<UseReportResult, 'getDialogProps'> {
  /** The thank-you replaced the form: show the status and a Close button only. */
  sent: boolean;
  labels: ReportDialogLabels;
  /**
   * Props for a native `<dialog>`: `useReport`'s, plus the modal behaviour (`showModal()` while
   * open, Escape and the backdrop dismiss, focus starts on the chosen reason) and its labelling.
   */
  getDialogProps: PropGetter<DialogHTMLAttributes<HTMLDialogElement>, HTMLDialogElement>;
  getTitleProps: PropGetter<HTMLAttributes<HTMLHeadingElement>, HTMLHeadingElement>;
  getDescriptionProps: PropGetter<HTMLAttributes<HTMLParagraphElement>, HTMLParagraphElement>;
  /** The form: submitting sends the chosen reason and the note. */
  getFormProps: PropGetter<FormHTMLAttributes<HTMLFormElement>, HTMLFormElement>;
  /** The reasons' fieldset: disabled while sending. */
  getReasonsProps: PropGetter<HTMLAttributes<HTMLFieldSetElement> & { disabled?: boolean }, HTMLFieldSetElement>;
  /** A radio for one reason; the chosen one takes focus when the dialog opens. */
  getReasonProps: <Extra extends Partial<InputHTMLAttributes<HTMLInputElement>> & DataAttributes>(
    option: ReportReasonOption,
    props?: Extra & { ref?: Ref<HTMLInputElement> },
  ) => InputHTMLAttributes<HTMLInputElement> & Extra;
  getNoteLabelProps: PropGetter<LabelHTMLAttributes<HTMLLabelElement>, HTMLLabelElement>;
  /** The note: `dir="auto"`, so a note in another script reads in its direction. */
  getNoteProps: PropGetter<TextareaHTMLAttributes<HTMLTextAreaElement>, HTMLTextAreaElement>;
  /** "Also block this person" (render it only when `canBlockUser`). */
  getBlockUserProps: PropGetter<InputHTMLAttributes<HTMLInputElement>, HTMLInputElement>;
  /** One live region for every state, so the thank-you is announced like the failures. */
  getStatusProps: PropGetter<HTMLAttributes<HTMLParagraphElement>, HTMLParagraphElement>;
  getCancelButtonProps: PropGetter<ButtonHTMLAttributes<HTMLButtonElement>, HTMLButtonElement>;
  /** Submits the form from outside it (the actions sit below the scrolling form); `aria-disabled` while sending. */
  getSubmitButtonProps: PropGetter<ButtonHTMLAttributes<HTMLButtonElement>, HTMLButtonElement>;
  /** Closes the thank-you; it takes focus when the form goes away. */
  getCloseButtonProps: PropGetter<ButtonHTMLAttributes<HTMLButtonElement>, HTMLButtonElement>;
}

/**
 * `useReport` for a native `<dialog>` shown modally (the page behind inert, Escape or a click on
 * the backdrop dismisses it, focus returns to the trigger), with the note, the labelling and the
 * copy for every part: what `ReportButton` renders, for your own markup.
 *
 * @param options - as for `useReport`.
 *
 * @example
 * ```tsx
 * import { useReportDialog } from 'onplatform';
 *
 * const report = useReportDialog({ evidence, onReport: api.report });
 * <button {...report.getTriggerProps()}>{report.labels.trigger}</button>
 * <dialog {...report.getDialogProps()}>
 *   <h2 {...report.getTitleProps()}>{report.labels.title}</h2>
 *   <form {...report.getFormProps()}>
 *     {report.reasons.map((option) => (
 *       <label key={option.value}><input {...report.getReasonProps(option)} />{option.label}</label>
 *     ))}
 *   </form>
 *   <p {...report.getStatusProps()}>{report.labels.status}</p>
 *   <button {...report.getSubmitButtonProps()}>{report.labels.submit}</button>
 * </dialog>
 * ```
 *
 * @group Hooks
 */
export function useReportDialog(options: UseReportDialogOptions): UseReportDialogResult {
  return useResolvedReportDialog(options, useOnPlatformSettings({ messages: options.messages, locale: options.locale }).messages);
}

/** `useReportDialog` with its copy already resolved (see `useResolvedReport`). */
export function useResolvedReportDialog(options: UseReportDialogOptions, copy: Messages): UseReportDialogResult {
  const report = useResolvedReport(options, copy);
  const { status, isOpen, reason, submit, cancel, note, setNote } = report;
  const baseId = useId();
  const [titleId, descriptionId, statusId, noteId, formId] = ['title', 'description', 'status', 'note', 'form'].map((part) => `${baseId}-${part}`);
  const sent = status === 'sent';
  const sending = status === 'sending';
  const closeRef = useRef<HTMLButtonElement>(null);
  // The form goes away with the thank-you: focus follows to Close instead of falling to the dialog.
  useEffect(() => {
    if (sent && isOpen) closeRef.current?.focus();
  }, [sent, isOpen]);
  // Chromium would focus the first radio, checked or not; start on the preselected reason instead.
  const chosenReasonRef = useRef<HTMLInputElement>(null);
  const modal = useModalDialog(isOpen, cancel, chosenReasonRef);

  const labels: ReportDialogLabels = {
    trigger: sent ? copy.reportDone : copy.reportTrigger,
    title: copy.reportTitle,
    description: copy.reportDescription,
    reasons: copy.reportReasonsLabel,
    note: copy.reportNoteLabel,
    blockUser: copy.reportBlockUser,
    status: sending ? copy.reportSending : status === 'failed' ? copy.reportFailed : sent ? copy.reportSent : '',
    close: copy.reportClose,
    cancel: copy.reportCancel,
    submit: status === 'failed' ? copy.retry : copy.reportSubmit,
  };

  return {
    ...report,
    sent,
    labels,
    getDialogProps: (props) =>
      mergeProps(
        report.getDialogProps() as DialogHTMLAttributes<HTMLDialogElement>,
        // Thanks, once sent: the status replaces the form as the description.
        mergeProps({ ...modal, 'aria-labelledby': titleId, 'aria-describedby': sent ? statusId : descriptionId }, props),
        ['id'],
      ),
    getTitleProps: (props) => mergeProps({ id: titleId }, props, ['id']),
    getDescriptionProps: (props) => mergeProps({ id: descriptionId }, props, ['id']),
    getFormProps: (props) =>
      mergeProps(
        {
          id: formId,
          onSubmit: (event: FormEvent<HTMLFormElement>) => {
            event.preventDefault();
            void submit(reason);
          },
        },
        props,
        ['id'],
      ),
    getReasonsProps: (props) => mergeProps({ disabled: sending }, props),
    getReasonProps: (option: ReportReasonOption, props) =>
      mergeProps(
        {
          type: 'radio',
          name: 'reason',
          value: option.value,
          checked: reason === option.value,
          ref: reason === option.value ? chosenReasonRef : undefined,
          onChange: () => report.setReason(option.value),
        },
        props,
        ['type', 'checked'],
      ),
    getNoteLabelProps: (props) => mergeProps({ htmlFor: noteId }, props),
    getNoteProps: (props) =>
      mergeProps(
        { id: noteId, dir: 'auto', value: note, onChange: (event: { target: { value: string } }) => setNote(event.target.value) },
        props,
        ['id', 'value'],
      ),
    getBlockUserProps: (props) =>
      mergeProps(
        { type: 'checkbox', checked: report.blockUser, disabled: sending, onChange: (event: { target: { checked: boolean } }) => report.setBlockUser(event.target.checked) },
        props,
        ['type', 'checked'],
      ),
    getStatusProps: (props) => mergeProps({ id: statusId, role: 'status', 'data-status': status }, props, ['id']),
    getCancelButtonProps: (props) => mergeProps({ type: 'button', onClick: cancel }, props),
    getSubmitButtonProps: (props) => mergeProps({ type: 'submit', form: formId, 'aria-disabled': sending || undefined }, props),
    getCloseButtonProps: (props) => mergeProps({ type: 'button', ref: closeRef, onClick: cancel }, props),
  };
}
