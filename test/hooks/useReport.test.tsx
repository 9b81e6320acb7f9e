import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { detectContactInfo } from '../../src/core/detectContactInfo';
import { suggestReportReason, useReport, type ReportEvidence } from '../../src/hooks/useReport';

const evidenceFor = (text: string): ReportEvidence => ({ messageId: 'm-1', text, matches: detectContactInfo(text) });

describe('useReport', () => {
  it.each([
    ['call +1 917 442 0188', 'off-platform-contact'],
    ['pay me via PayPal', 'off-platform-payment'],
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
    expect(screen.getByRole('button', { name: 'Report' })).toBeDisabled();
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
});
