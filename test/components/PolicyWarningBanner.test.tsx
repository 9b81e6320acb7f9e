import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkMessage } from '../../src/core/policy/checkMessage';
import { PolicyWarningBanner } from '../../src/components/PolicyWarningBanner';
import { axeViolations } from './axe';

describe('PolicyWarningBanner', () => {
  it('is an alert for a block, with what was found, the rule and when it lifts', async () => {
    const verdict = checkMessage('mail ana@mail.co', { contractState: 'none' });
    const { container } = render(<PolicyWarningBanner verdict={verdict} policyUrl="https://market.example/policy" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-decision', 'block');
    expect(alert).toHaveTextContent('We found an email address.');
    expect(alert).toHaveTextContent('You can share email addresses once the contract starts.');
    expect(screen.getByRole('link', { name: 'Read the policy' })).toHaveAttribute('href', 'https://market.example/policy');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('is a status for a warning and renders nothing when allowed', () => {
    const { rerender, container } = render(<PolicyWarningBanner verdict={checkMessage("let's continue on WhatsApp", { contractState: 'none' })} />);
    expect(screen.getByRole('status')).toHaveTextContent('Check this message before sending');
    rerender(<PolicyWarningBanner verdict={checkMessage('hello', { contractState: 'none' })} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('offers a "Why?" tooltip on focus', async () => {
    render(<PolicyWarningBanner verdict={checkMessage('mail ana@mail.co', { contractState: 'none' })} />);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Why?' })).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/protects both of you/);
  });

  it('keeps the same text while the findings stay the same (announced once per change)', () => {
    const { rerender } = render(<PolicyWarningBanner verdict={checkMessage('call +1 917 442 0188', { contractState: 'none' })} />);
    const before = screen.getByRole('alert').textContent;
    rerender(<PolicyWarningBanner verdict={checkMessage('call +1 917 442 0188 now', { contractState: 'none' })} />);
    expect(screen.getByRole('alert').textContent).toBe(before);
  });
});
