import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { ContractState } from '../../src/core/policy/policyTypes';
import { COMPOSER_ACTIONS } from '../../src/hooks/composerReducer';
import { useMessageComposer, type UseMessageComposerOptions } from '../../src/hooks/useMessageComposer';

type Options = Partial<UseMessageComposerOptions>;

function Composer(options: Options & { label?: string }) {
  const composer = useMessageComposer({ contractState: 'none', onSend: () => undefined, ...options });
  return (
    <form {...composer.getFormProps({ 'aria-label': 'composer' })}>
      <textarea {...composer.getTextareaProps({ 'aria-label': options.label ?? 'Message' })} />
      {composer.verdict.decision !== 'allow' && <p {...composer.getWarningProps()}>Check your message</p>}
      <output aria-label="status">{composer.status}</output>
      <output aria-label="remaining">{composer.remaining ?? ''}</output>
      <button type="button" onClick={composer.acknowledge}>
        acknowledge
      </button>
      <button type="button" onClick={composer.removeFlagged}>
        remove
      </button>
      <button {...composer.getSendButtonProps()}>Send</button>
    </form>
  );
}

const textbox = () => screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;

describe('useMessageComposer: getTextareaProps', () => {
  it('wires aria-invalid and aria-describedby to the warning for a blocked draft', async () => {
    render(<Composer />);
    await userEvent.type(textbox(), 'call +1 917 442 0188');
    const warning = screen.getByText('Check your message');
    expect(textbox()).toHaveAttribute('aria-invalid', 'true');
    expect(textbox().getAttribute('aria-describedby')).toBe(warning.id);
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
  });

  it('joins the caller aria-describedby and runs the caller handler first', () => {
    const onKeyDown = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    const onSend = vi.fn();
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend, defaultValue: 'hello' }));
    const props = result.current.getTextareaProps({ 'aria-describedby': 'hint', onKeyDown, value: 'ignored' });
    expect(props['aria-describedby']).toBe('hint');
    expect(props.value).toBe('hello');
    (props.onKeyDown as (event: unknown) => void)({ key: 'Enter', shiftKey: false, preventDefault: () => undefined, defaultPrevented: true, nativeEvent: {} });
    expect(onKeyDown).toHaveBeenCalled();
    expect(onSend).not.toHaveBeenCalled();
  });

  it('Enter sends, Shift+Enter inserts a newline', async () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} />);
    await userEvent.type(textbox(), 'first line{Shift>}{Enter}{/Shift}second line');
    expect(textbox().value).toBe('first line\nsecond line');
    expect(onSend).not.toHaveBeenCalled();
    await userEvent.type(textbox(), '{Enter}');
    expect(onSend).toHaveBeenCalledWith('first line\nsecond line', expect.objectContaining({ decision: 'allow' }));
    expect(textbox().value).toBe('');
  });

  it('never sends on Enter during IME composition', () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} defaultValue="こんにちは" />);
    fireEvent.keyDown(textbox(), { key: 'Enter', isComposing: true });
    fireEvent.keyDown(textbox(), { key: 'Enter', keyCode: 229 });
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.keyDown(textbox(), { key: 'Enter' });
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('honours submitOnEnter and shouldSubmit', () => {
    const onSend = vi.fn();
    const { unmount } = render(<Composer onSend={onSend} defaultValue="hi" submitOnEnter={false} />);
    fireEvent.keyDown(textbox(), { key: 'Enter' });
    expect(onSend).not.toHaveBeenCalled();
    unmount();
    render(<Composer onSend={onSend} defaultValue="hi" shouldSubmit={(event) => event.key === 'Enter' && event.ctrlKey} />);
    fireEvent.keyDown(textbox(), { key: 'Enter' });
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.keyDown(textbox(), { key: 'Enter', ctrlKey: true });
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('counts remaining characters against maxLength', async () => {
    render(<Composer maxLength={10} />);
    await userEvent.type(textbox(), 'hello');
    expect(screen.getByLabelText('remaining')).toHaveTextContent('5');
    expect(textbox()).toHaveAttribute('maxlength', '10');
  });
});

describe('useMessageComposer: sending', () => {
  it('never calls onSend for a blocked draft, keeps the draft and reports the attempt', async () => {
    const onSend = vi.fn();
    const onBlockedSend = vi.fn();
    render(<Composer onSend={onSend} onBlockedSend={onBlockedSend} defaultValue="mail me at ana@mail.co" />);
    fireEvent.keyDown(textbox(), { key: 'Enter' });
    fireEvent.submit(screen.getByRole('form', { name: 'composer' }));
    expect(onSend).not.toHaveBeenCalled();
    expect(onBlockedSend).toHaveBeenCalledTimes(2);
    expect(onBlockedSend.mock.calls[0]![0].decision).toBe('block');
    expect(textbox().value).toBe('mail me at ana@mail.co');
  });

  it('needs one confirmation for a warned draft: acknowledge() or a second send', async () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} defaultValue="see https://myportfolio.io" />);
    fireEvent.keyDown(textbox(), { key: 'Enter' });
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByLabelText('status')).toHaveTextContent('confirming');
    fireEvent.keyDown(textbox(), { key: 'Enter' });
    expect(onSend).toHaveBeenCalledTimes(1);

    const other = vi.fn();
    render(<Composer onSend={other} label="Other" defaultValue="see https://myportfolio.io" />);
    await userEvent.click(screen.getAllByRole('button', { name: 'acknowledge' })[1]!);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Other' }), { key: 'Enter' });
    expect(other).toHaveBeenCalledTimes(1);
  });

  it('unblocks a blocked draft when the contract becomes active while it is open', () => {
    const onSend = vi.fn();
    const { rerender } = render(<Composer onSend={onSend} contractState="pending" defaultValue="call +1 917 442 0188" />);
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    rerender(<Composer onSend={onSend} contractState="active" defaultValue="call +1 917 442 0188" />);
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();
    fireEvent.keyDown(textbox(), { key: 'Enter' });
    expect(onSend).toHaveBeenCalledWith('call +1 917 442 0188', expect.objectContaining({ decision: 'allow' }));
  });

  it('is sending while onSend runs, ignores a second send, and clears the draft on success', async () => {
    let resolve!: () => void;
    const onSend = vi.fn(() => new Promise<void>((done) => (resolve = done)));
    render(<Composer onSend={onSend} defaultValue="hello there" />);
    fireEvent.keyDown(textbox(), { key: 'Enter' });
    fireEvent.keyDown(textbox(), { key: 'Enter' });
    expect(screen.getByLabelText('status')).toHaveTextContent('sending');
    expect(onSend).toHaveBeenCalledTimes(1);
    await act(async () => resolve());
    expect(screen.getByLabelText('status')).toHaveTextContent('idle');
    expect(textbox().value).toBe('');
  });

  it('keeps the draft when onSend fails, exposes the error, and retries', async () => {
    const onSend = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(undefined);
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend, defaultValue: 'hello there' }));
    await act(() => result.current.send());
    expect(result.current.status).toBe('error');
    expect(result.current.error).toEqual(new Error('offline'));
    expect(result.current.value).toBe('hello there');
    await act(() => result.current.send());
    expect(onSend).toHaveBeenCalledTimes(2);
    expect(result.current.status).toBe('idle');
    expect(result.current.value).toBe('');
  });

  it('checks the text being sent, not a verdict that lags behind typing', async () => {
    const onSend = vi.fn();
    const onBlockedSend = vi.fn();
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend, onBlockedSend }));
    act(() => result.current.setValue('call +1 917 442 0188'));
    await act(() => result.current.send());
    expect(onSend).not.toHaveBeenCalled();
    expect(onBlockedSend).toHaveBeenCalled();
  });
});

describe('useMessageComposer: value and state', () => {
  it('works controlled: value from props, changes through onValueChange', async () => {
    function Controlled() {
      const [value, setValue] = useState('hi');
      return (
        <>
          <Composer value={value} onValueChange={setValue} />
          <output aria-label="mirror">{value}</output>
        </>
      );
    }
    render(<Controlled />);
    await userEvent.type(textbox(), ' there');
    expect(screen.getByLabelText('mirror')).toHaveTextContent('hi there');
    expect(textbox().value).toBe('hi there');
  });

  it('works uncontrolled with defaultValue', async () => {
    render(<Composer defaultValue="draft" />);
    await userEvent.type(textbox(), '!');
    expect(textbox().value).toBe('draft!');
  });

  it('lets stateReducer steer transitions', () => {
    const onSend = vi.fn();
    // Skip the confirmation step: warned drafts go out on the first send.
    const stateReducer = vi.fn((_state, { type, changes }) =>
      type === COMPOSER_ACTIONS.sendRequested ? { ...changes, status: 'idle', acknowledged: true } : changes,
    );
    render(<Composer onSend={onSend} stateReducer={stateReducer} defaultValue="see https://myportfolio.io" />);
    fireEvent.keyDown(textbox(), { key: 'Enter' });
    fireEvent.keyDown(textbox(), { key: 'Enter' });
    expect(stateReducer).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ type: COMPOSER_ACTIONS.sendRequested }));
    expect(onSend).toHaveBeenCalled();
  });

  it('restores a draft after remount with draftKey and clears it after sending', async () => {
    sessionStorage.clear();
    const first = render(<Composer draftKey="conversation-42" />);
    await userEvent.type(textbox(), 'half-written reply');
    first.unmount();
    const onSend = vi.fn();
    render(<Composer draftKey="conversation-42" onSend={onSend} />);
    expect(textbox().value).toBe('half-written reply');
    fireEvent.keyDown(textbox(), { key: 'Enter' });
    await act(async () => undefined);
    expect(onSend).toHaveBeenCalled();
    expect(sessionStorage.getItem('onplatform:draft:conversation-42')).toBeNull();
  });

  it('removeFlagged removes every flagged span, keeps the rest and places the caret', async () => {
    render(<Composer defaultValue="my number is +1 917 442 0188 or ana@mail.co tomorrow" />);
    await userEvent.click(screen.getByRole('button', { name: 'remove' }));
    expect(textbox().value).toBe("my number is or tomorrow");
    expect(textbox().selectionStart).toBe("my number is".length);
    expect(document.activeElement).toBe(textbox());
  });

  it('splits the draft into plain and flagged segments with their reasons', () => {
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none' as ContractState, onSend: () => undefined, defaultValue: 'mail ana@mail.co now' }));
    expect(result.current.segments.map((segment) => [segment.text, segment.violation?.reason])).toEqual([
      ['mail ', undefined],
      ['ana@mail.co', 'until-contract'],
      [' now', undefined],
    ]);
  });
});
