import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { CONFIRM_ARM_DELAY } from '../../src/hooks/composerReducer';
import { OnPlatformProvider } from '../../src/hooks/OnPlatformProvider';
import { useMessageComposer, type UseMessageComposerOptions } from '../../src/hooks/useMessageComposer';
import { DRAFT_DECISION_CASES as CASES, SAMPLE_DRAFTS as DRAFTS } from '../fixtures/defaultPolicyMatrix';

type Options = Partial<UseMessageComposerOptions>;

function Composer(options: Options & { label?: string }) {
  const { label = 'Message', ...rest } = options;
  const composer = useMessageComposer({ contractState: 'none', onSend: () => undefined, ...rest });
  return (
    <form {...composer.getFormProps({ 'aria-label': `${label} form` })}>
      <textarea {...composer.getTextareaProps({ 'aria-label': label })} />
      {composer.decision !== 'allow' && <p {...composer.getWarningProps()}>Check your message</p>}
      <output aria-label={`${label} status`}>{composer.status}</output>
      <output aria-label={`${label} decision`}>{composer.decision}</output>
      <output aria-label={`${label} remaining`}>{composer.remaining ?? ''}</output>
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

// Confirmations arm after CONFIRM_ARM_DELAY (so a double-click is not one): the clock is the test's.
let now = 1_000_000;
beforeEach(() => {
  vi.spyOn(Date, 'now').mockImplementation(() => now);
});
afterEach(() => vi.restoreAllMocks());
const waitForTheConfirmationToArm = () => {
  now += CONFIRM_ARM_DELAY;
};

const textbox = (name = 'Message') => screen.getByRole('textbox', { name }) as HTMLTextAreaElement;
const statusOf = (name = 'Message') => screen.getByLabelText(`${name} status`).textContent;
const pressEnter = (name = 'Message') => fireEvent.keyDown(textbox(name), { key: 'Enter' });

describe('useMessageComposer: each contract state × each decision', () => {
  it.each(CASES)('a %s draft in a %s conversation is handled as %s', (draft, contractState, decision) => {
    const onSend = vi.fn();
    const onBlockedSend = vi.fn();
    render(<Composer contractState={contractState} onSend={onSend} onBlockedSend={onBlockedSend} defaultValue={DRAFTS[draft]} />);
    expect(screen.getByLabelText('Message decision')).toHaveTextContent(decision);
    // Never `disabled`: a blocked Send stays focusable and explains itself.
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Send' }).getAttribute('aria-disabled')).toBe(decision === 'block' ? 'true' : null);
    pressEnter();
    switch (decision) {
      case 'allow':
        expect(onSend).toHaveBeenCalledWith(DRAFTS[draft], expect.objectContaining({ decision: 'allow' }));
        expect(textbox().value).toBe('');
        break;
      case 'warn':
        expect(onSend).not.toHaveBeenCalled();
        expect(statusOf()).toBe('confirming');
        waitForTheConfirmationToArm();
        pressEnter();
        expect(onSend).toHaveBeenCalledWith(DRAFTS[draft], expect.objectContaining({ decision: 'warn' }));
        break;
      case 'block':
        expect(onSend).not.toHaveBeenCalled();
        expect(onBlockedSend).toHaveBeenCalledWith(expect.objectContaining({ decision: 'block' }));
        expect(textbox().value).toBe(DRAFTS[draft]);
        break;
      default:
        decision satisfies never;
    }
  });

  it('unblocks a blocked draft at once when the contract becomes active while it is open', () => {
    const onSend = vi.fn();
    const { rerender } = render(<Composer onSend={onSend} contractState="pending" defaultValue={DRAFTS.phone} />);
    expect(screen.getByRole('button', { name: 'Send' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('Check your message')).toBeInTheDocument();
    rerender(<Composer onSend={onSend} contractState="active" defaultValue={DRAFTS.phone} />);
    expect(screen.getByRole('button', { name: 'Send' })).not.toHaveAttribute('aria-disabled');
    expect(textbox()).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Check your message')).toBeNull();
    pressEnter();
    expect(onSend).toHaveBeenCalledWith(DRAFTS.phone, expect.objectContaining({ decision: 'allow' }));
  });

  it('drops a pending confirmation when the contract starts: the link is plain again', () => {
    const onSend = vi.fn();
    const { rerender } = render(<Composer onSend={onSend} contractState="pending" defaultValue={DRAFTS.url} />);
    pressEnter();
    expect(statusOf()).toBe('confirming');
    rerender(<Composer onSend={onSend} contractState="active" defaultValue={DRAFTS.url} />);
    expect(statusOf()).toBe('idle');
    pressEnter();
    expect(onSend).toHaveBeenCalledWith(DRAFTS.url, expect.objectContaining({ decision: 'allow' }));
  });

  it('passes history through, so a number split across messages is blocked', () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} history={['my number is 917', '442']} defaultValue="0188" />);
    expect(screen.getByLabelText('Message decision')).toHaveTextContent('block');
    pressEnter();
    expect(onSend).not.toHaveBeenCalled();
  });

  it('uses the provider policy, and its own policy wins', () => {
    const wrapper = ({ children }: { children: ReactNode }) => <OnPlatformProvider policy={{ rules: { url: { none: 'block' } } }}>{children}</OnPlatformProvider>;
    const fromProvider = renderHook(() => useMessageComposer({ contractState: 'none', onSend: vi.fn(), defaultValue: DRAFTS.url }), { wrapper });
    expect(fromProvider.result.current.decision).toBe('block');
    const own = renderHook(
      () => useMessageComposer({ contractState: 'none', onSend: vi.fn(), defaultValue: DRAFTS.url, policy: { rules: { url: { none: 'allow' } } } }),
      { wrapper },
    );
    expect(own.result.current.decision).toBe('allow');
  });
});

describe('useMessageComposer: getTextareaProps', () => {
  it('wires aria-invalid and aria-describedby to the warning for a blocked draft', async () => {
    render(<Composer />);
    await userEvent.type(textbox(), DRAFTS.phone);
    await waitFor(() => expect(textbox()).toHaveAttribute('aria-invalid', 'true'));
    const warning = screen.getByText('Check your message');
    expect(textbox().getAttribute('aria-describedby')).toBe(warning.id);
    expect(textbox()).toHaveAttribute('data-decision', 'block');
  });

  it('describes a warned draft without marking it invalid', () => {
    render(<Composer defaultValue={DRAFTS.url} />);
    expect(textbox()).not.toHaveAttribute('aria-invalid');
    expect(textbox().getAttribute('aria-describedby')).toBe(screen.getByText('Check your message').id);
  });

  it('has no aria-describedby or aria-invalid for an allowed draft', () => {
    render(<Composer defaultValue={DRAFTS.plain} />);
    expect(textbox()).not.toHaveAttribute('aria-describedby');
    expect(textbox()).not.toHaveAttribute('aria-invalid');
  });

  it('joins the caller aria-describedby, owns value, and runs the caller handler first', () => {
    const onKeyDown = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    const onSend = vi.fn();
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend, defaultValue: DRAFTS.url }));
    const props = result.current.getTextareaProps({ 'aria-describedby': 'hint', onKeyDown, value: 'ignored', className: 'app' });
    expect((props['aria-describedby'] as string).split(' ')).toEqual([expect.any(String), 'hint']);
    expect(props.value).toBe(DRAFTS.url);
    expect(props.className).toBe('app');
    (props.onKeyDown as (event: unknown) => void)({ key: 'Enter', preventDefault: () => undefined, defaultPrevented: true, nativeEvent: {} });
    expect(onKeyDown).toHaveBeenCalled();
    expect(result.current.status).toBe('idle');
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

  it('Enter on a blocked draft inserts no newline and does not send', async () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} defaultValue={DRAFTS.email} />);
    await userEvent.type(textbox(), '{Enter}');
    expect(textbox().value).toBe(DRAFTS.email);
    expect(onSend).not.toHaveBeenCalled();
  });

  it('never sends on Enter during IME composition (isComposing or keyCode 229)', () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} defaultValue="こんにちは" />);
    fireEvent.keyDown(textbox(), { key: 'Enter', isComposing: true });
    fireEvent.keyDown(textbox(), { key: 'Enter', keyCode: 229 });
    expect(onSend).not.toHaveBeenCalled();
    pressEnter();
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('never asks shouldSubmit during IME composition', () => {
    const shouldSubmit = vi.fn(() => true);
    const onSend = vi.fn();
    render(<Composer onSend={onSend} shouldSubmit={shouldSubmit} defaultValue="你好" />);
    fireEvent.keyDown(textbox(), { key: 'Enter', isComposing: true });
    expect(shouldSubmit).not.toHaveBeenCalled();
    expect(onSend).not.toHaveBeenCalled();
  });

  it('honours submitOnEnter={false}: Enter is a newline', async () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} submitOnEnter={false} />);
    await userEvent.type(textbox(), 'a{Enter}b');
    expect(textbox().value).toBe('a\nb');
    expect(onSend).not.toHaveBeenCalled();
  });

  it('honours shouldSubmit: Ctrl+Enter sends, Enter does not', async () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} shouldSubmit={(event) => event.key === 'Enter' && event.ctrlKey} />);
    await userEvent.type(textbox(), 'hi{Enter}there');
    expect(onSend).not.toHaveBeenCalled();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(onSend).toHaveBeenCalledWith('hi\nthere', expect.anything());
  });

  it.each([
    ['Ctrl+Enter', '{Control>}{Enter}{/Control}'],
    ['Cmd+Enter', '{Meta>}{Enter}{/Meta}'],
  ])('%s sends even with submitOnEnter={false}, where Enter is a newline', async (_name, keys) => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} submitOnEnter={false} />);
    await userEvent.type(textbox(), 'a{Enter}b');
    await userEvent.keyboard(keys);
    expect(onSend).toHaveBeenCalledTimes(1);
    expect(onSend).toHaveBeenCalledWith('a\nb', expect.objectContaining({ decision: 'allow' }));
    expect(textbox().value).toBe('');
  });

  it('Ctrl+Enter sends with submitOnEnter on too', async () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} defaultValue="ready" />);
    await userEvent.click(textbox());
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(onSend).toHaveBeenCalledWith('ready', expect.anything());
  });

  it('Ctrl+Enter on a blocked draft keeps it, adds no newline, and reports the attempt', async () => {
    const onSend = vi.fn();
    const onBlockedSend = vi.fn();
    render(<Composer onSend={onSend} onBlockedSend={onBlockedSend} submitOnEnter={false} defaultValue={DRAFTS.phone} />);
    await userEvent.click(textbox());
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(onSend).not.toHaveBeenCalled();
    expect(onBlockedSend).toHaveBeenCalledTimes(1);
    expect(textbox().value).toBe(DRAFTS.phone);
  });

  it('Ctrl+Enter on a warned draft asks for the confirmation first, and the second press is it', async () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} submitOnEnter={false} defaultValue={DRAFTS.url} />);
    await userEvent.click(textbox());
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(onSend).not.toHaveBeenCalled();
    expect(statusOf()).toBe('confirming');
    waitForTheConfirmationToArm();
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(onSend).toHaveBeenCalledWith(DRAFTS.url, expect.objectContaining({ decision: 'warn' }));
  });

  it('Ctrl+Enter while sending neither sends again nor adds a newline', async () => {
    let resolve!: () => void;
    const onSend = vi.fn(() => new Promise<void>((done) => (resolve = done)));
    render(<Composer onSend={onSend} submitOnEnter={false} defaultValue="hello there" />);
    await userEvent.click(textbox());
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(statusOf()).toBe('sending');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(onSend).toHaveBeenCalledTimes(1);
    expect(textbox().value).toBe('hello there');
    await act(async () => resolve());
    expect(textbox().value).toBe('');
  });

  it('never sends on Ctrl/Cmd+Enter during IME composition', () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} submitOnEnter={false} defaultValue="こんにちは" />);
    fireEvent.keyDown(textbox(), { key: 'Enter', ctrlKey: true, isComposing: true });
    fireEvent.keyDown(textbox(), { key: 'Enter', metaKey: true, keyCode: 229 });
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.keyDown(textbox(), { key: 'Enter', ctrlKey: true });
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['Ctrl+Shift+Enter', { ctrlKey: true, shiftKey: true }],
    ['Ctrl+Alt+Enter (AltGr on Windows)', { ctrlKey: true, altKey: true }],
    ['Cmd+Alt+Enter', { metaKey: true, altKey: true }],
  ])('%s does not send', (_name, modifiers) => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} submitOnEnter={false} defaultValue="hello" />);
    const event = fireEvent.keyDown(textbox(), { key: 'Enter', ...modifiers });
    expect(event).toBe(true); // not prevented: the key keeps whatever the browser does with it
    expect(onSend).not.toHaveBeenCalled();
  });

  it('shouldSubmit replaces the built-in keys, Ctrl+Enter included', async () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} shouldSubmit={(event) => event.key === 'Enter' && event.altKey} defaultValue="hi" />);
    await userEvent.click(textbox());
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    expect(onSend).not.toHaveBeenCalled();
    await userEvent.keyboard('{Alt>}{Enter}{/Alt}');
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('sets maxLength and counts the remaining characters', async () => {
    render(<Composer maxLength={10} />);
    await userEvent.type(textbox(), 'hello');
    expect(screen.getByLabelText('Message remaining')).toHaveTextContent('5');
    expect(textbox()).toHaveAttribute('maxlength', '10');
  });

  it('updates the textarea synchronously on a long draft; the verdict catches up', async () => {
    const long = `${'Thanks for the brief, I can start on Monday. '.repeat(110)}call +1 917 442 018`;
    render(<Composer defaultValue={long} />);
    await userEvent.type(textbox(), '8');
    expect(textbox().value).toBe(`${long}8`);
    await waitFor(() => expect(screen.getByLabelText('Message decision')).toHaveTextContent('block'));
  });
});

describe('useMessageComposer: getFormProps, getSendButtonProps, getWarningProps', () => {
  it('submitting the form sends, and mirrors decision and status as data attributes', () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} defaultValue={DRAFTS.url} />);
    const form = screen.getByRole('form', { name: 'Message form' });
    expect(form).toHaveAttribute('data-decision', 'warn');
    expect(form).toHaveAttribute('data-status', 'idle');
    fireEvent.submit(form);
    expect(form).toHaveAttribute('data-status', 'confirming');
    // A second press at once (a double-click) is not the confirmation…
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).not.toHaveBeenCalled();
    expect(form).toHaveAttribute('data-status', 'confirming');
    // …a press once the step has been on screen is.
    waitForTheConfirmationToArm();
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('a caller onSubmit that prevents default skips the send', () => {
    const onSend = vi.fn();
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend, defaultValue: 'hello' }));
    const props = result.current.getFormProps({ onSubmit: (event: { preventDefault: () => void }) => event.preventDefault() });
    act(() => (props.onSubmit as (event: unknown) => void)({ defaultPrevented: true, preventDefault: () => undefined }));
    expect(onSend).not.toHaveBeenCalled();
  });

  it('the send button is a submit button, aria-disabled (still focusable) for an empty or blocked draft, and keeps that ownership', () => {
    const { result, rerender } = renderHook(({ value }) => useMessageComposer({ contractState: 'none', onSend: vi.fn(), value }), {
      initialProps: { value: '' },
    });
    expect(result.current.getSendButtonProps()).toMatchObject({ type: 'submit', 'aria-disabled': true });
    expect(result.current.getSendButtonProps()).not.toHaveProperty('disabled');
    rerender({ value: 'hello' });
    expect(result.current.getSendButtonProps({ className: 'primary' })).toMatchObject({ 'aria-disabled': undefined, className: 'primary' });
    rerender({ value: DRAFTS.phone });
    // A value the caller sets on its own is checked in the same render.
    expect(result.current.getSendButtonProps({ 'aria-disabled': false })).toMatchObject({ 'aria-disabled': true, 'data-decision': 'block' });
  });

  it('the warning owns its id (referenced by the textarea and the button) and joins class names', () => {
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend: vi.fn(), defaultValue: DRAFTS.email }));
    const warning = result.current.getWarningProps({ id: 'mine', className: 'note' });
    expect(warning.id).not.toBe('mine');
    expect(warning.className).toBe('note');
    expect(result.current.getTextareaProps()['aria-describedby']).toBe(warning.id);
    expect(result.current.getSendButtonProps()['aria-describedby']).toBe(warning.id);
  });
});

describe('useMessageComposer: sending', () => {
  it('never calls onSend for a blocked draft, keeps the draft and reports every attempt', () => {
    const onSend = vi.fn();
    const onBlockedSend = vi.fn();
    render(<Composer onSend={onSend} onBlockedSend={onBlockedSend} defaultValue="mail me at ana@mail.co" />);
    pressEnter();
    fireEvent.submit(screen.getByRole('form', { name: 'Message form' }));
    expect(onSend).not.toHaveBeenCalled();
    expect(onBlockedSend).toHaveBeenCalledTimes(2);
    expect(onBlockedSend.mock.calls[0]![0].violations.map((violation: { kind: string }) => violation.kind)).toContain('email');
    expect(textbox().value).toBe('mail me at ana@mail.co');
  });

  it('a warned draft needs acknowledge() once, and an edit asks again', async () => {
    const onSend = vi.fn();
    render(<Composer onSend={onSend} defaultValue={DRAFTS.url} />);
    await userEvent.click(screen.getByRole('button', { name: 'acknowledge' }));
    await userEvent.type(textbox(), ' ok');
    pressEnter();
    expect(onSend).not.toHaveBeenCalled();
    expect(statusOf()).toBe('confirming');
    await userEvent.click(screen.getByRole('button', { name: 'acknowledge' }));
    pressEnter();
    expect(onSend).toHaveBeenCalledWith(`${DRAFTS.url} ok`, expect.objectContaining({ decision: 'warn' }));
  });

  it('is sending while onSend runs, ignores a second send, and clears the draft on success', async () => {
    let resolve!: () => void;
    const onSend = vi.fn(() => new Promise<void>((done) => (resolve = done)));
    render(<Composer onSend={onSend} defaultValue="hello there" />);
    pressEnter();
    pressEnter();
    fireEvent.submit(screen.getByRole('form', { name: 'Message form' }));
    expect(statusOf()).toBe('sending');
    expect(screen.getByRole('button', { name: 'Send' })).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledTimes(1);
    await act(async () => resolve());
    expect(statusOf()).toBe('idle');
    expect(textbox().value).toBe('');
  });

  it('keeps text typed while sending instead of clearing it', async () => {
    let resolve!: () => void;
    const onSend = vi.fn(() => new Promise<void>((done) => (resolve = done)));
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend, defaultValue: 'first' }));
    let sending!: Promise<void>;
    act(() => {
      sending = result.current.send();
    });
    act(() => result.current.setValue('first and more'));
    await act(async () => {
      resolve();
      await sending;
    });
    expect(result.current.value).toBe('first and more');
    expect(onSend).toHaveBeenCalledWith('first', expect.anything());
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
    expect(result.current.error).toBeUndefined();
    expect(result.current.value).toBe('');
  });

  it('treats a synchronous throw from onSend as a failure', async () => {
    const onSend = vi.fn(() => {
      throw new Error('no socket');
    });
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend, defaultValue: 'hello' }));
    await act(() => result.current.send());
    expect(result.current.status).toBe('error');
    expect(result.current.value).toBe('hello');
  });

  it('checks the text being sent, not a verdict that lags behind typing', async () => {
    const onSend = vi.fn();
    const onBlockedSend = vi.fn();
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend, onBlockedSend }));
    act(() => {
      result.current.setValue(DRAFTS.phone);
      void result.current.send();
    });
    expect(onSend).not.toHaveBeenCalled();
    expect(onBlockedSend).toHaveBeenCalled();
  });

  it('ignores a send of an empty or blank draft', async () => {
    const onSend = vi.fn();
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend, defaultValue: '  \n ' }));
    await act(() => result.current.send());
    expect(onSend).not.toHaveBeenCalled();
  });
});

describe('useMessageComposer: segments while the verdict catches up', () => {
  const flagged = (segments: { text: string; violation?: unknown }[]) => segments.filter((segment) => segment.violation).map((segment) => segment.text);

  it('cover the new text at once, keeping marks the edit did not touch in place, then follow the new check', async () => {
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend: vi.fn(), defaultValue: 'write to ana@mail.co' }));
    // Typed (through the textarea's change handler), so the check may wait for the next frame.
    const type = (value: string) =>
      act(() => (result.current.getTextareaProps().onChange as (event: unknown) => void)({ target: { value, selectionEnd: value.length } }));
    expect(flagged(result.current.segments)).toEqual(['ana@mail.co']);
    type('Hi! write to ana@mail.co');
    // Same render: the verdict is still the old text's, but the email mark moved with the edit.
    expect(result.current.verdict.matches[0]).toMatchObject({ kind: 'email', start: 9 });
    expect(result.current.segments.map((segment) => segment.text).join('')).toBe(result.current.value);
    expect(result.current.segments.find((segment) => segment.violation)).toMatchObject({ text: 'ana@mail.co', start: 13 });
    await waitFor(() => expect(result.current.verdict.matches[0]).toMatchObject({ start: 13 }));
    type('Hi! write to ana@mail.co or +1 917 442 0188');
    expect(flagged(result.current.segments)).toEqual(['ana@mail.co']);
    await waitFor(() => expect(flagged(result.current.segments)).toEqual(['ana@mail.co', '+1 917 442 0188']));
  });
});
