import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProtectedMessage } from '../../src/components/ProtectedMessage';
import { redactMessage } from '../../src/core/redactMessage';
import { OnPlatformProvider } from '../../src/hooks/OnPlatformProvider';
import { axeViolations } from './axe';

const TEXT = "Let's continue on Telegram: @ana_b. Or pay me via PayPal to skip the fees.";

describe('ProtectedMessage', () => {
  it('masks contact details before a contract, cautions calmly and offers a report', async () => {
    const onReport = vi.fn();
    const { container } = render(<ProtectedMessage text={TEXT} contractState="none" author="Ana" messageId="m-1" onReport={onReport} />);
    expect(screen.getByRole('article')).not.toHaveTextContent('@ana_b');
    expect(screen.getByRole('note')).toHaveTextContent('This message asks for payment outside the platform.');
    await userEvent.click(screen.getByRole('button', { name: 'Report' }));
    // The caution talks about payment, so the dialog starts there too (not on "move off the platform").
    expect(screen.getByRole('radio', { name: 'Asks for payment outside the platform' })).toBeChecked();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('explains the mask in a tooltip', async () => {
    render(<ProtectedMessage text="mail me: ana@mail.co" contractState="pending" author="Ana" />);
    await userEvent.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Contact details are hidden until a contract starts.');
  });

  it('shows the details once the contract is active', () => {
    render(<ProtectedMessage text="mail me: ana@mail.co" contractState="active" author="Ana" onReport={() => undefined} />);
    expect(screen.getByRole('article')).toHaveTextContent('mail me: ana@mail.co');
    expect(screen.queryByRole('button', { name: 'Report' })).not.toBeInTheDocument();
  });

  it('renders user text only as text', () => {
    const { container } = render(<ProtectedMessage text="<img src=x onerror=alert(1)> hi" contractState="none" author="<b>Eve</b>" />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByRole('article')).toHaveTextContent('<img src=x onerror=alert(1)> hi');
  });
});

describe('ProtectedMessage: redacted on the server', () => {
  const TEXT_WITH_DETAILS = 'mail ana.bauer@gmail.com or call +1 917 442 0188, and pay me via PayPal to save fees';
  const HIDDEN = ['ana.bauer', 'gmail', '917', '442', '0188'];

  it('shows the masks, the caution and the report flow without ever holding the details', async () => {
    const redacted = redactMessage(TEXT_WITH_DETAILS, { contractState: 'none' });
    const onReport = vi.fn();
    const { container } = render(<ProtectedMessage redacted={redacted} author="Ana" messageId="m-9" onReport={onReport} />);
    const article = screen.getByRole('article');
    expect(article).toHaveTextContent('mail [email address hidden] or call [phone number hidden], and pay me via PayPal to save fees');
    expect(article).toHaveAttribute('data-masked', '');
    expect(screen.getByRole('note')).toHaveTextContent('This message asks for payment outside the platform.');
    expect(container.querySelector('[data-kind="phone"]')).toHaveAccessibleName(
      '[phone number hidden] — Contact details are hidden until a contract starts.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Report' }));
    // The caution talks about payment, so the dialog starts there too (not on "move off the platform").
    expect(screen.getByRole('radio', { name: 'Asks for payment outside the platform' })).toBeChecked();
    expect(await axeViolations(container)).toEqual([]);
    for (const detail of HIDDEN) expect(document.body.innerHTML).not.toContain(detail);
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }));
    expect(onReport).toHaveBeenCalledTimes(1);
    const [{ evidence }] = onReport.mock.calls[0]!;
    expect(evidence).toMatchObject({ messageId: 'm-9', text: redacted.text, matches: [] });
    expect(evidence.violations.map((violation: { kind: string }) => violation.kind)).toEqual(['email', 'phone', 'payment']);
    for (const detail of HIDDEN) expect(JSON.stringify(evidence)).not.toContain(detail);
  });

  it('takes the masks from its own props and the provider, as from the text', () => {
    const redacted = redactMessage('mail ana@mail.co', { contractState: 'pending' });
    const { rerender } = render(<ProtectedMessage redacted={redacted} author="Ana" mask="•••" />);
    expect(screen.getByRole('article')).toHaveTextContent('mail •••');
    rerender(
      <OnPlatformProvider locale="es">
        <ProtectedMessage redacted={redacted} author="Ana" />
      </OnPlatformProvider>,
    );
    expect(screen.getByRole('article')).toHaveTextContent('mail [correo electrónico oculto]');
  });

  it('offers no report and no caution for a message with nothing objected to', () => {
    render(<ProtectedMessage redacted={redactMessage('see you at 10:30', { contractState: 'none' })} author="Ana" onReport={vi.fn()} />);
    expect(screen.getByRole('article')).toHaveTextContent('see you at 10:30');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Report' })).not.toBeInTheDocument();
  });
});

describe('ProtectedMessage: report wiring', () => {
  it('passes onBlockUser to the report dialog, and the caution follows its own direction', async () => {
    const onReport = vi.fn();
    const onBlockUser = vi.fn();
    const text = 'Before we start, buy me an Amazon gift card for the deposit and text me on WhatsApp';
    render(
      <div dir="rtl">
        <ProtectedMessage text={text} contractState="pending" author="Dmitri" messageId="m-5" onReport={onReport} onBlockUser={onBlockUser} />
      </div>,
    );
    expect(screen.getByRole('note')).toHaveAttribute('dir', 'auto');
    expect(screen.getByRole('note')).toHaveTextContent('This message asks for payment outside the platform.');
    await userEvent.click(screen.getByRole('button', { name: 'Report' }));
    expect(screen.getByRole('radio', { name: 'Asks for payment outside the platform' })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Also block this person' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send report' }));
    await screen.findByRole('button', { name: 'Close' });
    expect(onReport).toHaveBeenCalledWith(expect.objectContaining({ reason: 'off-platform-payment' }));
    expect(onBlockUser).toHaveBeenCalledWith(expect.objectContaining({ messageId: 'm-5', text }));
  });
});
