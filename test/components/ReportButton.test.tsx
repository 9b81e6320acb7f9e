import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { detectContactInfo } from '../../src/core/detectContactInfo';
import { ReportButton } from '../../src/components/ReportButton';
import { axeViolations } from './axe';

const text = 'pay me via PayPal to save fees';
const evidence = { messageId: 'm-7', text, matches: detectContactInfo(text) };

describe('ReportButton', () => {
  it('opens a dialog with the reason preselected, sends once, and returns focus', async () => {
    const onReport = vi.fn(() => Promise.resolve());
    render(<ReportButton evidence={evidence} onReport={onReport} />);
    const trigger = screen.getByRole('button', { name: 'Report' });
    await userEvent.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Report this message' });
    expect(screen.getByRole('radio', { name: 'Asks for payment outside the platform' })).toBeChecked();
    expect(await axeViolations(document.body)).toEqual([]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Add a note (optional)' }), 'second time today');
    await userEvent.dblClick(screen.getByRole('button', { name: 'Send report' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(onReport).toHaveBeenCalledTimes(1);
    expect(onReport).toHaveBeenCalledWith({ reason: 'off-platform-payment', details: 'second time today', evidence });
    expect(screen.getByRole('button', { name: 'Thanks — our team will review this message.' })).toBeDisabled();
  });

  it('closes on Escape without sending and returns focus to the trigger', async () => {
    const onReport = vi.fn();
    render(<ReportButton evidence={evidence} onReport={onReport} />);
    await userEvent.click(screen.getByRole('button', { name: 'Report' }));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Report' })).toHaveFocus();
    expect(onReport).not.toHaveBeenCalled();
  });

  it('lets a failed report be retried', async () => {
    const onReport = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(undefined);
    render(<ReportButton evidence={evidence} onReport={onReport} />);
    await userEvent.click(screen.getByRole('button', { name: 'Report' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Something else' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByText('The report couldn’t be sent. Please try again.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onReport).toHaveBeenLastCalledWith({ reason: 'other', evidence });
    expect(onReport).toHaveBeenCalledTimes(2);
  });
});
