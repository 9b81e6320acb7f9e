import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkMessage } from '../../src/core/policy/checkMessage';
import { PolicyWarningBanner } from '../../src/components/PolicyWarningBanner';
import { WHY_DISCLOSURE_ACTIONS, type WhyDisclosureStateReducer } from '../../src/hooks/whyDisclosureReducer';
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

  it('explains "Why?" in a disclosure opened by a press, with a reason per kind found', async () => {
    const { container } = render(<PolicyWarningBanner verdict={checkMessage('mail ana@mail.co or call +1 917 442 0188', { contractState: 'none' })} />);
    const why = screen.getByRole('button', { name: 'Why?' });
    const panel = document.getElementById(why.getAttribute('aria-controls')!)!;
    expect(why).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
    await userEvent.click(why);
    expect(why).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toBeVisible();
    expect(panel).toHaveTextContent(/protects both of you/);
    expect([...panel.querySelectorAll('li')].map((item) => item.dataset.kind)).toEqual(['email', 'phone']);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('closes "Why?" on Escape and gives focus back to the button; a closed one leaves Escape alone', async () => {
    const onKeyDown = vi.fn();
    render(
      <div onKeyDown={(event) => onKeyDown(event.key)}>
        <PolicyWarningBanner verdict={checkMessage('mail ana@mail.co', { contractState: 'none' })} defaultWhyOpen />
      </div>,
    );
    const why = screen.getByRole('button', { name: 'Why?' });
    const panel = document.getElementById(why.getAttribute('aria-controls')!)!;
    panel.tabIndex = -1;
    panel.focus();
    await userEvent.keyboard('{Escape}');
    expect(why).toHaveAttribute('aria-expanded', 'false');
    expect(why).toHaveFocus();
    expect(onKeyDown).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    expect(onKeyDown).toHaveBeenCalledWith('Escape');
  });

  it('lets a stateReducer steer "Why?": here, once open it stays open (Escape and a second press are refused)', async () => {
    const stateReducer = vi.fn<WhyDisclosureStateReducer>((state, { changes }) => (state === 'open' ? state : changes));
    render(<PolicyWarningBanner verdict={checkMessage('mail ana@mail.co', { contractState: 'none' })} stateReducer={stateReducer} />);
    const why = screen.getByRole('button', { name: 'Why?' });
    await userEvent.click(why);
    expect(stateReducer).toHaveBeenLastCalledWith('closed', { type: WHY_DISCLOSURE_ACTIONS.toggled, changes: 'open' });
    expect(why).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(why);
    expect(stateReducer).toHaveBeenLastCalledWith('open', { type: WHY_DISCLOSURE_ACTIONS.toggled, changes: 'closed' });
    await userEvent.keyboard('{Escape}');
    expect(stateReducer).toHaveBeenLastCalledWith('open', { type: WHY_DISCLOSURE_ACTIONS.dismissed, changes: 'closed' });
    expect(why).toHaveAttribute('aria-expanded', 'true');
  });

  it('groups kinds under the same rule into one line, and a warning advises rather than forbids', () => {
    const { rerender } = render(<PolicyWarningBanner verdict={checkMessage('mail ana@mail.co or call +1 917 442 0188', { contractState: 'none' })} />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'You can share email addresses and phone numbers once the contract starts.',
    ]);
    rerender(<PolicyWarningBanner verdict={checkMessage('see myportfolio.io', { contractState: 'pending' })} />);
    expect(screen.getByRole('status')).toHaveTextContent('It’s safest to share links once the contract starts.');
  });

  it('says a payment request can’t be sent, with no "yet"', () => {
    render(<PolicyWarningBanner verdict={checkMessage('pay me via PayPal to save fees', { contractState: 'active' })} />);
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('.op-PolicyWarningBanner-headline')).toHaveTextContent(/^This message can’t be sent$/);
    expect(alert).toHaveTextContent('We found a payment request outside the platform.');
  });

  it('keeps the same text while the findings stay the same (announced once per change)', () => {
    const { rerender } = render(<PolicyWarningBanner verdict={checkMessage('call +1 917 442 0188', { contractState: 'none' })} />);
    const before = screen.getByRole('alert').textContent;
    rerender(<PolicyWarningBanner verdict={checkMessage('call +1 917 442 0188 now', { contractState: 'none' })} />);
    expect(screen.getByRole('alert').textContent).toBe(before);
  });
});
