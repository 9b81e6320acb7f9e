import { act, renderHook } from '@testing-library/react';
import { detectContactInfo } from '../../src/core/detectContactInfo';
import type { ReportEvidence } from '../../src/hooks/reportTypes';
import { useReportDialog } from '../../src/hooks/useReportDialog';

const evidenceFor = (text: string): ReportEvidence => ({ messageId: 'm-1', text, matches: detectContactInfo(text) });
const submitEvent = () => ({ preventDefault: vi.fn(), defaultPrevented: false });

describe('useReportDialog: labels', () => {
  it('says what each state needs: the trigger, the status and the submit button', async () => {
    const onReport = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(undefined);
    const { result } = renderHook(() => useReportDialog({ onReport, evidence: evidenceFor('pay me via PayPal') }));
    expect(result.current.labels).toMatchObject({ trigger: 'Report', status: '', submit: 'Send report' });
    await act(() => result.current.submit());
    expect(result.current.labels).toMatchObject({ status: 'The report couldn’t be sent. Please try again.', submit: 'Retry' });
    await act(() => result.current.submit());
    expect(result.current.sent).toBe(true);
    expect(result.current.labels).toMatchObject({ trigger: 'Reported', status: 'Thanks — our team will review this message.' });
  });

  it('takes its copy from the messages option', () => {
    const { result } = renderHook(() => useReportDialog({ onReport: vi.fn(), evidence: evidenceFor('text me'), messages: { reportTitle: 'Flag this message' } }));
    expect(result.current.labels.title).toBe('Flag this message');
  });
});

describe('useReportDialog: getDialogProps', () => {
  it('labels the dialog by its title, described by the description, then by the thank-you', async () => {
    const { result } = renderHook(() => useReportDialog({ onReport: vi.fn(), evidence: evidenceFor('text me') }));
    act(() => result.current.open());
    const dialog = result.current.getDialogProps({ className: 'mine' });
    expect(dialog).toMatchObject({ role: 'dialog', 'aria-modal': true, hidden: false, className: 'mine' });
    expect(dialog['aria-labelledby']).toBe(result.current.getTitleProps().id);
    expect(dialog['aria-describedby']).toBe(result.current.getDescriptionProps().id);
    expect(typeof dialog.onCancel).toBe('function');
    await act(() => result.current.submit());
    expect(result.current.getDialogProps()['aria-describedby']).toBe(result.current.getStatusProps().id);
  });
});

describe('useReportDialog: getFormProps and the note', () => {
  it('sends the chosen reason with the trimmed note, and leaves an empty note out', async () => {
    const onReport = vi.fn();
    const evidence = evidenceFor('call +1 917 442 0188');
    const { result } = renderHook(() => useReportDialog({ onReport, evidence }));
    act(() => (result.current.getNoteProps().onChange as (event: unknown) => void)({ target: { value: '  asked twice ' } }));
    expect(result.current.getNoteProps()).toMatchObject({ value: '  asked twice ', dir: 'auto' });
    expect(result.current.getNoteLabelProps().htmlFor).toBe(result.current.getNoteProps().id);
    const event = submitEvent();
    await act(async () => (result.current.getFormProps().onSubmit as (event: unknown) => void)(event));
    expect(event.preventDefault).toHaveBeenCalled();
    expect(onReport).toHaveBeenCalledWith({ reason: 'off-platform-contact', details: 'asked twice', evidence });

    const blank = renderHook(() => useReportDialog({ onReport, evidence: { ...evidence, messageId: 'm-2' } }));
    act(() => blank.result.current.setNote('   '));
    await act(async () => (blank.result.current.getFormProps().onSubmit as (event: unknown) => void)(submitEvent()));
    expect(onReport).toHaveBeenLastCalledWith({ reason: 'off-platform-contact', evidence: { ...evidence, messageId: 'm-2' } });
  });

  it('takes a controlled note: typing asks the caller, and the caller’s note is the one sent', async () => {
    const onReport = vi.fn();
    const onNoteChange = vi.fn();
    const evidence = evidenceFor('call +1 917 442 0188');
    const { result, rerender } = renderHook(({ note }) => useReportDialog({ onReport, evidence, note, onNoteChange }), { initialProps: { note: 'from the app' } });
    act(() => (result.current.getNoteProps().onChange as (event: unknown) => void)({ target: { value: 'typed' } }));
    expect(onNoteChange).toHaveBeenCalledWith('typed');
    expect(result.current.note).toBe('from the app');
    rerender({ note: 'edited by the app' });
    await act(async () => (result.current.getFormProps().onSubmit as (event: unknown) => void)(submitEvent()));
    expect(onReport).toHaveBeenCalledWith({ reason: 'off-platform-contact', details: 'edited by the app', evidence });
  });

  it('starts from defaultNote when uncontrolled', () => {
    const { result } = renderHook(() => useReportDialog({ onReport: vi.fn(), evidence: evidenceFor('text me'), defaultNote: 'seen twice' }));
    expect(result.current.getNoteProps().value).toBe('seen twice');
  });

  it('points the submit button at the form from outside it, aria-disabled while sending', () => {
    const { result } = renderHook(() => useReportDialog({ onReport: () => new Promise(() => undefined), evidence: evidenceFor('text me') }));
    expect(result.current.getSubmitButtonProps()).toMatchObject({ type: 'submit', form: result.current.getFormProps().id });
    act(() => void result.current.submit());
    expect(result.current.getSubmitButtonProps()['aria-disabled']).toBe(true);
    expect(result.current.getReasonsProps().disabled).toBe(true);
  });
});

describe('useReportDialog: getReasonProps', () => {
  it('checks the preselected reason and chooses another on change', () => {
    const { result } = renderHook(() => useReportDialog({ onReport: vi.fn(), evidence: evidenceFor('pay me via PayPal') }));
    const [contact, payment] = result.current.reasons;
    expect(result.current.getReasonProps(payment!)).toMatchObject({ type: 'radio', name: 'reason', value: 'off-platform-payment', checked: true });
    const other = result.current.getReasonProps(contact!);
    expect(other.checked).toBe(false);
    act(() => (other.onChange as (event: unknown) => void)({ defaultPrevented: false }));
    expect(result.current.reason).toBe('off-platform-contact');
  });
});

describe('useReportDialog: getBlockUserProps', () => {
  it('ticks "Also block this person"', () => {
    const { result } = renderHook(() => useReportDialog({ onReport: vi.fn(), onBlockUser: vi.fn(), evidence: evidenceFor('text me') }));
    const box = result.current.getBlockUserProps();
    expect(box).toMatchObject({ type: 'checkbox', checked: false, disabled: false });
    act(() => (box.onChange as (event: unknown) => void)({ target: { checked: true } }));
    expect(result.current.blockUser).toBe(true);
  });
});

describe('useReportDialog: getCancelButtonProps and getCloseButtonProps', () => {
  it('Cancel closes the choice; Close closes the thank-you', async () => {
    const { result } = renderHook(() => useReportDialog({ onReport: vi.fn(), evidence: evidenceFor('text me') }));
    act(() => result.current.open());
    act(() => (result.current.getCancelButtonProps().onClick as (event: unknown) => void)({ defaultPrevented: false }));
    expect(result.current.isOpen).toBe(false);
    act(() => result.current.open());
    await act(() => result.current.submit());
    expect(result.current.isOpen).toBe(true);
    act(() => (result.current.getCloseButtonProps().onClick as (event: unknown) => void)({ defaultPrevented: false }));
    expect(result.current.isOpen).toBe(false);
  });
});
