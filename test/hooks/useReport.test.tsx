import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, StrictMode } from 'react';
import { OnPlatformProvider } from '../../src/hooks/OnPlatformProvider';
import { detectContactInfo } from '../../src/core/detectContactInfo';
import { REPORT_ACTIONS, type ReportStateReducer } from '../../src/hooks/reportReducer';
import { suggestReportReason, useReport, type ReportEvidence } from '../../src/hooks/useReport';

const evidenceFor = (text: string): ReportEvidence => ({ messageId: 'm-1', text, matches: detectContactInfo(text) });

describe('useReport', () => {
  it.each([
    ['call +1 917 442 0188', 'off-platform-contact'],
    ['pay me via PayPal', 'off-platform-payment'],
    // A gift-card payment that also moves the chat to a messaging app: payment first, like the caution.
    ['Before we start, buy me an Amazon gift card for the deposit and text me on WhatsApp', 'off-platform-payment'],
    ['Please send me 2 Steam gift card codes as payment, then add me on Telegram @dima_hr', 'off-platform-payment'],
    ['see https://myportfolio.io', 'suspicious-link'],
    ['you are rude', 'other'],
  ])('preselects the reason for %j', (text, reason) => {
    expect(suggestReportReason(detectContactInfo(text))).toBe(reason);
    const { result } = renderHook(() => useReport({ onReport: () => undefined, evidence: evidenceFor(text) }));
    expect(result.current.reason).toBe(reason);
  });

  it('goes idle → choosing → sending → sent and sends the evidence once', async () => {
    let resolve!: () => void;
    const onReport = vi.fn(() => new Promise<void>((done) => (resolve = done)));
    const evidence = evidenceFor('pay me via PayPal');
    const { result } = renderHook(() => useReport({ onReport, evidence }));
    expect(result.current.status).toBe('idle');
    act(() => result.current.open());
    expect(result.current.status).toBe('choosing');
    let first!: Promise<void>;
    act(() => {
      first = result.current.submit(undefined, 'asked twice');
      void result.current.submit();
    });
    expect(result.current.status).toBe('sending');
    await act(async () => {
      resolve();
      await first;
    });
    expect(result.current.status).toBe('sent');
    expect(onReport).toHaveBeenCalledTimes(1);
    expect(onReport).toHaveBeenCalledWith({ reason: 'off-platform-payment', details: 'asked twice', evidence });
    await act(() => result.current.submit());
    expect(onReport).toHaveBeenCalledTimes(1);
  });

  it('lets a failed report be retried', async () => {
    const onReport = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(undefined);
    const { result } = renderHook(() => useReport({ onReport, evidence: evidenceFor('text me') }));
    act(() => result.current.open());
    await act(() => result.current.submit('other'));
    expect(result.current.status).toBe('failed');
    expect(result.current.error).toEqual(new Error('offline'));
    await act(() => result.current.submit('other'));
    expect(result.current.status).toBe('sent');
    expect(onReport).toHaveBeenCalledTimes(2);
  });

  it('does not send twice on a double click, under StrictMode', async () => {
    const onReport = vi.fn(() => new Promise<void>((done) => setTimeout(done, 10)));
    function Report() {
      const report = useReport({ onReport, evidence: evidenceFor('text me') });
      return (
        <>
          <button {...report.getTriggerProps()}>Report</button>
          <button type="button" onClick={() => void report.submit()}>
            Send report
          </button>
          <output aria-label="status">{report.status}</output>
        </>
      );
    }
    render(
      <StrictMode>
        <Report />
      </StrictMode>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Report' }));
    expect(screen.getByRole('button', { name: 'Report' })).toHaveAttribute('aria-expanded', 'true');
    await userEvent.dblClick(screen.getByRole('button', { name: 'Send report' }));
    await screen.findByText('sent');
    expect(onReport).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Report' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('cancel closes the choice without sending', () => {
    const onReport = vi.fn();
    const { result } = renderHook(() => useReport({ onReport, evidence: evidenceFor('text me') }));
    act(() => result.current.open());
    act(() => result.current.cancel());
    expect(result.current.status).toBe('idle');
    expect(result.current.getDialogProps().hidden).toBe(true);
    expect(onReport).not.toHaveBeenCalled();
  });

  it('lists every reason with its label, marking the ones the findings support', () => {
    const { result } = renderHook(() => useReport({ onReport: vi.fn(), evidence: evidenceFor('pay me via PayPal or see https://myportfolio.io') }));
    expect(result.current.reasons).toEqual([
      { value: 'off-platform-contact', label: 'Asks to move the conversation off the platform', suggested: false },
      { value: 'off-platform-payment', label: 'Asks for payment outside the platform', suggested: true },
      { value: 'scam', label: 'Scam or fraud', suggested: true },
      { value: 'suspicious-link', label: 'Contains a suspicious link', suggested: true },
      { value: 'other', label: 'Something else', suggested: false },
    ]);
    expect(result.current.reason).toBe('off-platform-payment');
  });

  it('takes reason labels from the provider locale; its own messages win', () => {
    const wrapper = ({ children }: { children: ReactNode }) => <OnPlatformProvider locale="es">{children}</OnPlatformProvider>;
    const { result } = renderHook(
      () => useReport({ onReport: vi.fn(), evidence: evidenceFor('text me'), messages: { reportReason: (reason) => `«${reason}»` } }),
      { wrapper },
    );
    expect(result.current.reasons.at(-1)?.label).toBe('«other»');
    const spanish = renderHook(() => useReport({ onReport: vi.fn(), evidence: evidenceFor('text me') }), { wrapper });
    expect(spanish.result.current.reasons.map((reason) => reason.label)).toContain('Estafa o fraude');
    expect(spanish.result.current.reasons.at(-1)?.label).toBe('Otro motivo');
  });

  it('sends the reason the person chose with setReason', async () => {
    const onReport = vi.fn();
    const { result } = renderHook(() => useReport({ onReport, evidence: evidenceFor('call +1 917 442 0188') }));
    act(() => result.current.setReason('other'));
    expect(result.current.reason).toBe('other');
    await act(() => result.current.submit());
    expect(onReport).toHaveBeenCalledWith(expect.objectContaining({ reason: 'other' }));
  });

  it('starts a fresh report for another message', async () => {
    const onReport = vi.fn();
    const { result, rerender } = renderHook(({ evidence }) => useReport({ onReport, evidence }), {
      initialProps: { evidence: evidenceFor('text me') },
    });
    await act(() => result.current.submit());
    expect(result.current.status).toBe('sent');
    rerender({ evidence: { ...evidenceFor('pay me via PayPal'), messageId: 'm-2' } });
    expect(result.current.status).toBe('idle');
    expect(result.current.reason).toBe('off-platform-payment');
    await act(() => result.current.submit());
    expect(onReport).toHaveBeenCalledTimes(2);
  });
});

describe('useReport: getTriggerProps and getDialogProps', () => {
  it('wires the trigger to the dialog while it is open and merges caller props', () => {
    const onClick = vi.fn();
    const { result } = renderHook(() => useReport({ onReport: vi.fn(), evidence: evidenceFor('text me') }));
    const closed = result.current.getTriggerProps({ className: 'app', onClick });
    expect(closed).toMatchObject({ type: 'button', 'aria-haspopup': 'dialog', 'aria-expanded': false, 'data-status': 'idle', className: 'app' });
    expect(closed['aria-controls']).toBeUndefined();
    act(() => (closed.onClick as (event: unknown) => void)({ defaultPrevented: false }));
    expect(onClick).toHaveBeenCalled();
    expect(result.current.status).toBe('choosing');
    const dialog = result.current.getDialogProps({ id: 'mine', 'aria-label': 'Report' });
    expect(dialog).toMatchObject({ role: 'dialog', 'aria-modal': true, hidden: false, 'aria-label': 'Report' });
    expect(dialog.id).not.toBe('mine');
    expect(result.current.getTriggerProps()['aria-controls']).toBe(dialog.id);
  });

  it('a caller onClick that prevents default keeps the dialog closed', () => {
    const { result } = renderHook(() => useReport({ onReport: vi.fn(), evidence: evidenceFor('text me') }));
    const props = result.current.getTriggerProps({ onClick: (event: { preventDefault: () => void }) => event.preventDefault() });
    act(() => (props.onClick as (event: unknown) => void)({ defaultPrevented: true, preventDefault: () => undefined }));
    expect(result.current.status).toBe('idle');
  });

  it('marks the dialog busy while sending, thanks in the dialog once sent, then leaves the trigger aria-disabled', async () => {
    let resolve!: () => void;
    const { result } = renderHook(() => useReport({ onReport: () => new Promise<void>((done) => (resolve = done)), evidence: evidenceFor('text me') }));
    act(() => result.current.open());
    let sending!: Promise<void>;
    act(() => {
      sending = result.current.submit();
    });
    expect(result.current.getDialogProps()['aria-busy']).toBe(true);
    await act(async () => {
      resolve();
      await sending;
    });
    // The thank-you shows in the dialog until it is closed.
    expect(result.current.isOpen).toBe(true);
    expect(result.current.getDialogProps()).toMatchObject({ hidden: false, 'data-status': 'sent' });
    act(() => result.current.cancel());
    expect(result.current.getDialogProps().hidden).toBe(true);
    // Focusable (focus returns to it), not `disabled`; pressing it opens nothing.
    const trigger = result.current.getTriggerProps();
    expect(trigger).toMatchObject({ 'aria-disabled': true, 'data-status': 'sent' });
    expect(trigger.disabled).toBeUndefined();
    act(() => (trigger.onClick as (event: unknown) => void)({ defaultPrevented: false }));
    expect(result.current.isOpen).toBe(false);
  });
});

describe('useReport: blocking the sender', () => {
  it('offers blocking only when the host supplies onBlockUser', () => {
    const without = renderHook(() => useReport({ onReport: vi.fn(), evidence: evidenceFor('text me') }));
    expect(without.result.current.canBlockUser).toBe(false);
    const withBlock = renderHook(() => useReport({ onReport: vi.fn(), onBlockUser: vi.fn(), evidence: evidenceFor('text me') }));
    expect(withBlock.result.current.canBlockUser).toBe(true);
    expect(withBlock.result.current.blockUser).toBe(false);
  });

  it('blocks after the report when ticked, and only then', async () => {
    const calls: string[] = [];
    const onReport = vi.fn(() => void calls.push('report'));
    const onBlockUser = vi.fn(() => void calls.push('block'));
    const evidence = evidenceFor('pay me via PayPal');
    const { result } = renderHook(() => useReport({ onReport, onBlockUser, evidence }));
    act(() => result.current.setBlockUser(true));
    await act(() => result.current.submit());
    expect(calls).toEqual(['report', 'block']);
    expect(onBlockUser).toHaveBeenCalledWith(evidence);
    const unticked = renderHook(() => useReport({ onReport, onBlockUser, evidence: { ...evidence, messageId: 'm-9' } }));
    await act(() => unticked.result.current.submit());
    expect(onBlockUser).toHaveBeenCalledTimes(1);
  });

  it('a failed block is retried without reporting twice', async () => {
    const onReport = vi.fn();
    const onBlockUser = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(undefined);
    const { result } = renderHook(() => useReport({ onReport, onBlockUser, evidence: evidenceFor('text me') }));
    act(() => result.current.setBlockUser(true));
    await act(() => result.current.submit());
    expect(result.current.status).toBe('failed');
    await act(() => result.current.submit());
    expect(result.current.status).toBe('sent');
    expect(onReport).toHaveBeenCalledTimes(1);
    expect(onBlockUser).toHaveBeenCalledTimes(2);
  });
});

describe('useReport: stateReducer', () => {
  it('lets the caller steer a transition: no thank-you step, the dialog closes once sent', async () => {
    const stateReducer = vi.fn<ReportStateReducer>((_state, { type, changes }) =>
      type === REPORT_ACTIONS.succeeded ? { ...changes, thankYou: 'closed' } : changes,
    );
    const { result } = renderHook(() => useReport({ onReport: vi.fn(), evidence: evidenceFor('text me'), stateReducer }));
    act(() => result.current.open());
    await act(() => result.current.submit('scam'));
    expect(result.current.status).toBe('sent');
    expect(result.current.isOpen).toBe(false);
    expect(stateReducer).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'sending', reason: 'scam' }),
      expect.objectContaining({ type: REPORT_ACTIONS.succeeded, changes: expect.objectContaining({ status: 'sent', thankYou: 'showing' }) }),
    );
  });

  it('sends nothing when the caller refuses the submission', async () => {
    const onReport = vi.fn();
    const { result } = renderHook(() =>
      useReport({ onReport, evidence: evidenceFor('text me'), stateReducer: (state, { type, changes }) => (type === REPORT_ACTIONS.submitted ? state : changes) }),
    );
    act(() => result.current.open());
    await act(() => result.current.submit());
    expect(onReport).not.toHaveBeenCalled();
    expect(result.current.status).toBe('choosing');
  });
});

describe('useReport: the note', () => {
  it('is an action of the report reducer: a stateReducer sees it and may rewrite it, and the note goes out as details', async () => {
    const onReport = vi.fn();
    const onNoteChange = vi.fn();
    // This app keeps notes short.
    const stateReducer = vi.fn<ReportStateReducer>((_state, change) =>
      change.type === REPORT_ACTIONS.noteChanged ? { ...change.changes, note: change.note.slice(0, 8) } : change.changes,
    );
    const evidence = evidenceFor('text me');
    const { result } = renderHook(() => useReport({ onReport, evidence, stateReducer, onNoteChange }));
    act(() => result.current.setNote('asked me twice for my number'));
    expect(stateReducer).toHaveBeenCalledWith(
      expect.objectContaining({ note: '' }),
      expect.objectContaining({ type: REPORT_ACTIONS.noteChanged, note: 'asked me twice for my number' }),
    );
    expect(result.current.note).toBe('asked me');
    expect(onNoteChange).toHaveBeenCalledExactlyOnceWith('asked me');
    await act(() => result.current.submit('other'));
    expect(onReport).toHaveBeenCalledWith({ reason: 'other', details: 'asked me', evidence });
  });

  it('starts empty for another message', () => {
    const { result, rerender } = renderHook(({ messageId }) => useReport({ onReport: vi.fn(), evidence: { ...evidenceFor('text me'), messageId }, defaultNote: 'seen twice' }), {
      initialProps: { messageId: 'm-1' },
    });
    expect(result.current.note).toBe('seen twice');
    rerender({ messageId: 'm-2' });
    expect(result.current.note).toBe('');
  });
});

describe('useReport: open, defaultOpen and onOpenChange', () => {
  it('starts open with defaultOpen and reports each change', () => {
    const onOpenChange = vi.fn();
    const { result } = renderHook(() => useReport({ onReport: vi.fn(), evidence: evidenceFor('text me'), defaultOpen: true, onOpenChange }));
    expect(result.current).toMatchObject({ isOpen: true, status: 'choosing' });
    act(() => result.current.cancel());
    expect(result.current.isOpen).toBe(false);
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    act(() => result.current.open());
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    // Choosing a reason changes nothing about open: no call.
    act(() => result.current.setReason('other'));
    expect(onOpenChange).toHaveBeenCalledTimes(2);
  });

  it('follows a controlled open: the trigger asks, the parent decides', () => {
    const onOpenChange = vi.fn();
    const { result, rerender } = renderHook(({ open }) => useReport({ onReport: vi.fn(), evidence: evidenceFor('text me'), open, onOpenChange }), {
      initialProps: { open: false },
    });
    act(() => result.current.open());
    expect(onOpenChange).toHaveBeenCalledWith(true);
    expect(result.current.isOpen).toBe(false);
    rerender({ open: true });
    expect(result.current).toMatchObject({ isOpen: true, status: 'choosing' });
    act(() => result.current.cancel());
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(result.current.isOpen).toBe(true);
    rerender({ open: false });
    expect(result.current).toMatchObject({ isOpen: false, status: 'idle' });
  });

  it('keeps a sending report open even when the parent closes it, and never reopens a sent one', async () => {
    let resolve!: () => void;
    const onReport = () => new Promise<void>((done) => (resolve = done));
    const { result, rerender } = renderHook(({ open }) => useReport({ onReport, evidence: evidenceFor('text me'), open }), { initialProps: { open: true } });
    let sending!: Promise<void>;
    act(() => {
      sending = result.current.submit();
    });
    rerender({ open: false });
    expect(result.current).toMatchObject({ isOpen: true, status: 'sending' });
    await act(async () => {
      resolve();
      await sending;
    });
    expect(result.current).toMatchObject({ isOpen: false, status: 'sent' });
    rerender({ open: true });
    expect(result.current.isOpen).toBe(false);
  });
});
