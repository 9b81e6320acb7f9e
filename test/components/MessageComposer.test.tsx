import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OnPlatformProvider } from '../../src/hooks/OnPlatformProvider';
import { MessageComposer } from '../../src/components/MessageComposer';
import { axeViolations } from './axe';

const textbox = () => screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;

describe('MessageComposer', () => {
  it('blocks a phone number before a contract: alert banner, underline, disabled send', async () => {
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
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    expect(document.activeElement).toBe(textbox());
    await userEvent.type(textbox(), '{Enter}');
    expect(onSend).not.toHaveBeenCalled();
    expect(textbox().value).toBe('my number is +1 917 442 0188');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('explains that payments never move off the platform, even during a contract', async () => {
    render(<MessageComposer contractState="active" onSend={() => undefined} defaultValue="pay me via PayPal" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Payments must stay on the platform, even during a contract.');
  });

  it('groups several findings in one banner', () => {
    render(<MessageComposer contractState="none" onSend={() => undefined} defaultValue="ana@mail.co, bo@mail.co or +1 917 442 0188" />);
    expect(screen.getByRole('alert')).toHaveTextContent('We found 2 email addresses and a phone number.');
  });

  it('"Remove contact details" fixes the draft in one click and keeps focus in the textarea', async () => {
    const onSend = vi.fn();
    render(<MessageComposer contractState="none" onSend={onSend} defaultValue="great, my email is ana@mail.co thanks" />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove contact details' }));
    expect(textbox().value).toBe('great, my email is thanks');
    expect(document.activeElement).toBe(textbox());
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledWith('great, my email is thanks', expect.anything());
  });

  it('asks for one confirmation for a warning: "Send anyway"', async () => {
    const onSend = vi.fn();
    render(<MessageComposer contractState="none" onSend={onSend} defaultValue="portfolio: https://myportfolio.io" />);
    expect(screen.getByRole('status')).toHaveTextContent('Check this message before sending');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Send anyway' }));
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('shows sending, then a failure that keeps the draft and offers a retry', async () => {
    let reject!: (error: Error) => void;
    const onSend = vi.fn(() => new Promise((_resolve, fail) => (reject = fail)));
    render(<MessageComposer contractState="none" onSend={onSend} defaultValue="first draft ready" />);
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('button', { name: 'Sending…' })).toBeDisabled();
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
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();
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
