import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HighlightedText } from '../../src/components/HighlightedText';
import { ProtectedMessage } from '../../src/components/ProtectedMessage';
import { detectContactInfo } from '../../src/core/detectContactInfo';
import { axeViolations } from './axe';

const TEXT = "Let's continue on Telegram: @ana_b. Or pay me via PayPal to skip the fees.";

describe('ProtectedMessage', () => {
  it('masks contact details before a contract, cautions calmly and offers a report', async () => {
    const onReport = vi.fn();
    const { container } = render(<ProtectedMessage text={TEXT} contractState="none" author="Ana" messageId="m-1" onReport={onReport} />);
    expect(screen.getByRole('article')).not.toHaveTextContent('@ana_b');
    expect(screen.getByRole('note')).toHaveTextContent('This message asks for payment outside the platform.');
    await userEvent.click(screen.getByRole('button', { name: 'Report' }));
    expect(screen.getByRole('radio', { name: 'Asks to move the conversation off the platform' })).toBeChecked();
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

describe('HighlightedText', () => {
  it('marks each finding and names it for screen readers', async () => {
    const text = 'call +1 917 442 0188 <img src=x onerror=alert(1)>';
    const { container } = render(<HighlightedText text={text} matches={detectContactInfo(text)} />);
    const mark = container.querySelector('mark');
    expect(mark).toHaveAttribute('data-kind', 'phone');
    expect(mark).toHaveTextContent('+1 917 442 0188 (Flagged: a phone number)');
    expect(container.querySelector('img')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });
});
