import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OnPlatformProvider } from '../../src/hooks/OnPlatformProvider';
import { MessageComposer } from '../../src/components/MessageComposer';
import { CONFIRM_ARM_DELAY } from '../../src/hooks/composerReducer';
import { axeViolations } from './axe';

const textbox = () => screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;

describe('MessageComposer', () => {
  it('blocks a phone number before a contract: alert banner, underline, a Send that says why', async () => {
    const onSend = vi.fn();
    const { container } = render(<MessageComposer contractState="none" onSend={onSend} />);
    await userEvent.type(textbox(), 'my number is +1 917 442 0188');
    // The alert already shows for "+1 917 442 018": wait for the check of the last keystroke (a frame later).
    await waitFor(() => expect(container.querySelector('.op-MessageComposer-mark[data-kind="phone"]')).toHaveTextContent('+1 917 442 0188'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This message can’t be sent');
    expect(alert).toHaveTextContent('We found a phone number.');
    expect(alert).toHaveTextContent('You can share phone numbers once the contract starts.');
    expect(container.querySelector('form')).toHaveAttribute('data-decision', 'block');
    expect(container.querySelector('.op-MessageComposer-mark[data-kind="phone"]')).toHaveTextContent('+1 917 442 0188');
    expect(screen.getByRole('button', { name: 'Send' })).toHaveAttribute('aria-disabled', 'true');
    expect(document.activeElement).toBe(textbox());
    // Enter: nothing sent, focus stays, and the live region says why.
    await userEvent.type(textbox(), '{Enter}');
    expect(onSend).not.toHaveBeenCalled();
    expect(textbox().value).toBe('my number is +1 917 442 0188');
    expect(document.activeElement).toBe(textbox());
    expect(container.querySelector('.op-MessageComposer-notice')).toHaveTextContent('Not sent. The notice below the message says what to change.');
    // The button stays focusable; pressing it moves focus to the banner.
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('alert'));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('opens a finding\'s popover where the caret lands in it, with Remove and the dispute, and passes axe', async () => {
    const onDispute = vi.fn();
    const { container } = render(<MessageComposer contractState="none" onSend={() => undefined} onDispute={onDispute} defaultValue="ok, call +1 917 442 0188 tonight" />);
    const textarea = textbox();
    textarea.focus();
    textarea.setSelectionRange(12, 12);
    fireEvent.click(textarea);
    const popover = screen.getByRole('dialog', { name: /Phone number/ });
    expect(popover).toHaveTextContent('You can share phone numbers once the contract starts.');
    expect(textarea.getAttribute('aria-describedby')).toContain(popover.id);
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(within(popover).getByRole('button', { name: 'This isn’t contact info' }));
    expect(onDispute).toHaveBeenCalledWith(expect.objectContaining({ kind: 'phone', text: '+1 917 442 0188' }));
    expect(container.querySelector('form')).toHaveAttribute('data-decision', 'warn');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('does not open a popover for a caret outside any finding, nor offer the dispute without onDispute', () => {
    render(<MessageComposer contractState="none" onSend={() => undefined} defaultValue="ok, call +1 917 442 0188 tonight" />);
    const textarea = textbox();
    textarea.setSelectionRange(1, 1);
    fireEvent.click(textarea);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    textarea.setSelectionRange(12, 12);
    fireEvent.keyUp(textarea, { key: 'ArrowRight' });
    const popover = screen.getByRole('dialog');
    expect(within(popover).queryByRole('button', { name: 'This isn’t contact info' })).toBeNull();
    fireEvent.keyDown(popover, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('Send on an empty draft is not silent either: it puts the person in the text', async () => {
    render(<MessageComposer contractState="none" onSend={() => undefined} />);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(document.activeElement).toBe(textbox());
  });

  it('explains that payments never move off the platform, even during a contract', async () => {
    render(<MessageComposer contractState="active" onSend={() => undefined} defaultValue="pay me via PayPal" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Payments must stay on the platform, even during a contract.');
  });

  it('groups several findings in one banner', () => {
    render(<MessageComposer contractState="none" onSend={() => undefined} defaultValue="ana@mail.co, bo@mail.co or +1 917 442 0188" />);
    expect(screen.getByRole('alert')).toHaveTextContent('We found 2 email addresses and a phone number.');
  });

  it('"Remove contact details" fixes the draft in one click, sentence intact, keeps focus in the textarea and offers Undo', async () => {
    const onSend = vi.fn();
    render(<MessageComposer contractState="none" onSend={onSend} defaultValue="great, my email is ana@mail.co thanks" />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove contact details' }));
    expect(textbox().value).toBe('great, thanks');
    expect(document.activeElement).toBe(textbox());
    // Checked in the same render: no alert left to wait for.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(textbox().value).toBe('great, my email is ana@mail.co thanks');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove contact details' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledWith('great, thanks', expect.anything());
  });

  it.each([
    ['see https://myportfolio.io', 'Remove link'],
    ['see https://a.io and https://b.io', 'Remove links'],
    ['pay me at paypal.me/ana', 'Remove payment request'],
    ['call +1 917 442 0188 or see https://a.io', 'Remove contact details'],
  ])('names the bulk removal by what it removes: %j → %s', (text, label) => {
    render(<MessageComposer contractState="none" onSend={() => undefined} defaultValue={text} />);
    expect(screen.getByRole('button', { name: label })).toBeInTheDocument();
  });

  it('asks for one deliberate confirmation for a warning: "Send anyway", explained, and not given by a double-click', async () => {
    let now = 5_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    const onSend = vi.fn();
    const { container } = render(<MessageComposer contractState="none" onSend={onSend} defaultValue="portfolio: https://myportfolio.io" />);
    expect(container.querySelector('.op-PolicyWarningBanner')).toHaveTextContent('Check this message before sending');
    await userEvent.dblClick(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).not.toHaveBeenCalled();
    expect(container.querySelector('.op-MessageComposer-notice')).toHaveTextContent('This message includes a link. Select “Send anyway” to send it as it is, or edit it.');
    now += CONFIRM_ARM_DELAY;
    await userEvent.click(screen.getByRole('button', { name: 'Send anyway' }));
    expect(onSend).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
  });

  it('shows sending, then a failure that keeps the draft and offers a retry', async () => {
    let reject!: (error: Error) => void;
    const onSend = vi.fn(() => new Promise((_resolve, fail) => (reject = fail)));
    render(<MessageComposer contractState="none" onSend={onSend} defaultValue="first draft ready" />);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('button', { name: 'Sending…' })).toHaveAttribute('aria-disabled', 'true');
    await act(async () => reject(new Error('offline')));
    expect(screen.getByRole('alert')).toHaveTextContent('Your message wasn’t sent. Your text is still here.');
    expect(textbox().value).toBe('first draft ready');
    onSend.mockResolvedValueOnce(undefined as never);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onSend).toHaveBeenCalledTimes(2);
    expect(textbox().value).toBe('');
  });

  it('keeps the draft across a contract change and a remount with draftKey', async () => {
    sessionStorage.clear();
    const { rerender, unmount } = render(<MessageComposer contractState="pending" onSend={() => undefined} draftKey="c-9" />);
    await userEvent.type(textbox(), 'my number is +1 917 442 0188');
    rerender(<MessageComposer contractState="active" onSend={() => undefined} draftKey="c-9" />);
    expect(textbox().value).toBe('my number is +1 917 442 0188');
    expect(screen.getByRole('button', { name: 'Send' })).not.toHaveAttribute('aria-disabled');
    unmount();
    render(<MessageComposer contractState="active" onSend={() => undefined} draftKey="c-9" />);
    expect(textbox().value).toBe('my number is +1 917 442 0188');
  });

  it('shows a remaining-characters counter near maxLength', async () => {
    render(<MessageComposer contractState="none" onSend={() => undefined} maxLength={20} />);
    expect(screen.queryByText(/characters left/)).not.toBeInTheDocument();
    await userEvent.type(textbox(), 'seventeen letters');
    expect(screen.getByText('3 characters left')).toBeInTheDocument();
  });

  it('renders user text only as text', async () => {
    const { container } = render(<MessageComposer contractState="none" onSend={() => undefined} />);
    await userEvent.type(textbox(), '<img src=x onerror=alert(1)> ana@mail.co');
    expect(container.querySelector('img')).toBeNull();
    await waitFor(() => expect(container.querySelector('.op-MessageComposer-backdrop')).toHaveTextContent('<img src=x onerror=alert(1)>'));
  });

  it('speaks Spanish through the provider, with per-key overrides', () => {
    render(
      <OnPlatformProvider locale="es" messages={{ send: 'Mandar' }}>
        <MessageComposer contractState="none" onSend={() => undefined} defaultValue="llámame al +34 612 345 678" />
      </OnPlatformProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Este mensaje no se puede enviar');
    expect(screen.getByRole('alert')).toHaveTextContent('Podrás compartir números de teléfono cuando empiece el contrato.');
    expect(screen.getByRole('button', { name: 'Mandar' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Mensaje' })).toBeInTheDocument();
  });

  it('accepts className, extra DOM props and a ref on the root', () => {
    const ref = { current: null as HTMLFormElement | null };
    render(<MessageComposer ref={ref} contractState="none" onSend={() => undefined} className="chat" data-testid="composer" />);
    expect(ref.current).toBe(screen.getByTestId('composer'));
    expect(ref.current).toHaveClass('op-MessageComposer', 'chat');
  });
});
