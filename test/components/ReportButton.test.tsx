import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { detectContactInfo } from '../../src/core/detectContactInfo';
import { ReportButton } from '../../src/components/ReportButton';
import { axeViolations } from './axe';

// jsdom has no showModal() and no close(), and test/setup.ts deliberately does not stand in for them:
// these tests run the fallback a consumer's jsdom suite runs. Real modality (top layer, inert page,
// backdrop) is tested in Chromium by stories/ReportButton.stories.tsx.
const text = 'pay me via PayPal to save fees';
const evidence = { messageId: 'm-7', text, matches: detectContactInfo(text) };

/** What the browser fires on Escape: a cancelable `cancel` on the open dialog. */
function pressEscapeOn(dialog: HTMLElement) {
  const cancel = new Event('cancel', { cancelable: true });
  fireEvent(dialog, cancel);
  return cancel;
}

describe('ReportButton in jsdom, without showModal (no polyfill)', () => {
  it('runs without a stand-in for showModal or close', () => {
    // If jsdom gains them, or a setup file adds them, these tests stop exercising the fallback.
    expect(typeof HTMLDialogElement.prototype.showModal).toBe('undefined');
    expect(typeof HTMLDialogElement.prototype.close).toBe('undefined');
  });

  it('opens with the `open` attribute and focus on the preselected reason; Escape closes and focus returns', async () => {
    const onReport = vi.fn();
    render(<ReportButton evidence={evidence} onReport={onReport} />);
    const trigger = screen.getByRole('button', { name: 'Report' });
    await userEvent.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Report this message' });
    expect(dialog).toHaveAttribute('open');
    expect(screen.getByRole('radio', { name: 'Asks for payment outside the platform' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(dialog).not.toHaveAttribute('open');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).toHaveFocus();
    expect(onReport).not.toHaveBeenCalled();
  });

  it('returns focus to the trigger after Cancel, and opens again', async () => {
    render(<ReportButton evidence={evidence} onReport={vi.fn()} />);
    const trigger = screen.getByRole('button', { name: 'Report' });
    await userEvent.click(trigger);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('dialog')).toHaveAttribute('open');
    expect(screen.getByRole('radio', { name: 'Asks for payment outside the platform' })).toHaveFocus();
  });

  it('keeps Escape for the dialog only while it is open, and lets a handler that prevents it win', async () => {
    const onKeyDown = vi.fn((event: KeyboardEvent) => event.preventDefault());
    render(<ReportButton evidence={evidence} onReport={vi.fn()} />);
    await userEvent.keyboard('{Escape}');
    await userEvent.click(screen.getByRole('button', { name: 'Report' }));
    const dialog = screen.getByRole('dialog');
    // An app's own Escape handling that got there first (a nested popover closing) keeps the dialog open.
    document.addEventListener('keydown', onKeyDown, { capture: true });
    await userEvent.keyboard('{Escape}');
    expect(dialog).toHaveAttribute('open');
    document.removeEventListener('keydown', onKeyDown, { capture: true });
    await userEvent.keyboard('{Escape}');
    expect(dialog).not.toHaveAttribute('open');
  });
});

describe('ReportButton', () => {
  it('opens a labelled modal dialog with the reason preselected, and sends once', async () => {
    const onReport = vi.fn(() => Promise.resolve());
    render(<ReportButton evidence={evidence} onReport={onReport} />);
    const trigger = screen.getByRole('button', { name: 'Report' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await userEvent.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Report this message' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveAccessibleDescription('Tell us what’s wrong. The message and what we found in it are attached.');
    expect(trigger).toHaveAttribute('aria-controls', dialog.id);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('radio', { name: 'Asks for payment outside the platform' })).toBeChecked();
    expect(await axeViolations(document.body)).toEqual([]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Add a note (optional)' }), 'second time today');
    await userEvent.dblClick(screen.getByRole('button', { name: 'Send report' }));
    // The thank-you: plain text in the dialog, with a Close button that has focus.
    const close = await screen.findByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Thanks — our team will review this message.');
    expect(dialog).toHaveAccessibleDescription('Thanks — our team will review this message.');
    expect(screen.queryByRole('button', { name: 'Send report' })).not.toBeInTheDocument();
    expect(await axeViolations(document.body)).toEqual([]);
    await userEvent.click(close);
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onReport).toHaveBeenCalledTimes(1);
    expect(onReport).toHaveBeenCalledWith({ reason: 'off-platform-payment', details: 'second time today', evidence });
    const done = screen.getByRole('button', { name: 'Reported' });
    expect(done).toHaveAttribute('aria-disabled', 'true');
    expect(done).toHaveFocus();
  });

  it('closes on Escape (the dialog’s cancel event) without sending', async () => {
    const onReport = vi.fn();
    render(<ReportButton evidence={evidence} onReport={onReport} />);
    await userEvent.click(screen.getByRole('button', { name: 'Report' }));
    const dialog = screen.getByRole('dialog');
    // Prevented so the report state, not the browser, closes the dialog.
    expect(pressEscapeOn(dialog).defaultPrevented).toBe(true);
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
    expect(screen.getByRole('button', { name: 'Report' })).toHaveAttribute('aria-expanded', 'false');
    expect(onReport).not.toHaveBeenCalled();
  });

  it('closes with Cancel, and on a click on the backdrop but not on a click inside', async () => {
    render(<ReportButton evidence={evidence} onReport={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Report' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(dialog).not.toHaveAttribute('open');

    await userEvent.click(screen.getByRole('button', { name: 'Report' }));
    await userEvent.click(screen.getByText('Report this message'));
    expect(dialog).toHaveAttribute('open');
    // The dialog element has no padding: a click whose target is the dialog itself is on ::backdrop.
    await userEvent.click(dialog);
    expect(dialog).not.toHaveAttribute('open');
  });

  it('stays open on Escape while the report is sending', async () => {
    let deliver!: () => void;
    const onReport = vi.fn(() => new Promise<void>((resolve) => (deliver = resolve)));
    render(<ReportButton evidence={evidence} onReport={onReport} />);
    await userEvent.click(screen.getByRole('button', { name: 'Report' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByText('Sending report…')).toBeInTheDocument();
    pressEscapeOn(dialog);
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveAttribute('aria-busy', 'true');
    deliver();
    // Sent: the thank-you replaces the form; Escape now closes it.
    await screen.findByRole('button', { name: 'Close' });
    pressEscapeOn(dialog);
    await waitFor(() => expect(dialog).not.toHaveAttribute('open'));
  });

  it('lets a failed report be retried, keeping the note', async () => {
    const onReport = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(undefined);
    render(<ReportButton evidence={evidence} onReport={onReport} />);
    await userEvent.click(screen.getByRole('button', { name: 'Report' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Something else' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Add a note (optional)' }), 'he insisted');
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByText('The report couldn’t be sent. Please try again.')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toHaveAttribute('data-status', 'failed');
    expect(screen.getByRole('textbox', { name: 'Add a note (optional)' })).toHaveValue('he insisted');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onReport).toHaveBeenLastCalledWith({ reason: 'other', details: 'he insisted', evidence });
    expect(onReport).toHaveBeenCalledTimes(2);
  });

  it('offers "Scam or fraud", and "Also block this person" only when the host can block', async () => {
    const onReport = vi.fn();
    const onBlockUser = vi.fn();
    const { unmount } = render(<ReportButton evidence={evidence} onReport={onReport} />);
    await userEvent.click(screen.getByRole('button', { name: 'Report' }));
    expect(screen.getByRole('radio', { name: 'Scam or fraud' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    unmount();
    render(<ReportButton evidence={evidence} onReport={onReport} onBlockUser={onBlockUser} />);
    await userEvent.click(screen.getByRole('button', { name: 'Report' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Scam or fraud' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Also block this person' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }));
    await screen.findByRole('button', { name: 'Close' });
    expect(onReport).toHaveBeenCalledWith(expect.objectContaining({ reason: 'scam' }));
    expect(onBlockUser).toHaveBeenCalledWith(evidence);
  });

  it('lets the note follow its own direction (dir="auto")', async () => {
    render(<ReportButton evidence={evidence} onReport={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Report' }));
    expect(screen.getByRole('textbox', { name: 'Add a note (optional)' })).toHaveAttribute('dir', 'auto');
  });
});
