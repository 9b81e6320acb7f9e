import { act, renderHook } from '@testing-library/react';
import { checkMessage } from '../../src/core/policy/checkMessage';
import { CONFIRM_ARM_DELAY } from '../../src/hooks/composerReducer';
import { useMessageComposer, type UseMessageComposerOptions } from '../../src/hooks/useMessageComposer';

const PHONE = 'Sure, text me on +1 917 442 0188 thanks';
const renderComposer = (options: Partial<UseMessageComposerOptions> = {}) =>
  renderHook((props: Partial<UseMessageComposerOptions>) => useMessageComposer({ contractState: 'none', onSend: vi.fn(), ...options, ...props }), {
    initialProps: {},
  });
/** A keystroke: through the textarea's change handler, as the browser would deliver it. */
const typeInto = (result: { current: ReturnType<typeof useMessageComposer> }, value: string) =>
  act(() => (result.current.getTextareaProps().onChange as (event: unknown) => void)({ target: { value, selectionEnd: value.length } }));

let now = 1_000_000;
beforeEach(() => {
  sessionStorage.clear();
  vi.spyOn(Date, 'now').mockImplementation(() => now);
});
afterEach(() => vi.restoreAllMocks());

describe('useMessageComposer: a change made by code is checked in the same render', () => {
  it('typing may lag a frame (the baseline these tests rule out for code changes)', () => {
    const { result } = renderComposer();
    typeInto(result, 'call +1 917 442 0188');
    expect(result.current.value).toBe('call +1 917 442 0188');
    expect(result.current.decision).toBe('allow');
  });

  it('after setValue', () => {
    const { result } = renderComposer();
    act(() => result.current.setValue('call +1 917 442 0188'));
    expect(result.current.decision).toBe('block');
    expect(result.current.getSendButtonProps()).toMatchObject({ 'aria-disabled': true });
    act(() => result.current.setValue('see you tomorrow'));
    expect(result.current.decision).toBe('allow');
  });

  it('after removeFlagged, with the cue words gone too', () => {
    const { result } = renderComposer({ defaultValue: PHONE });
    expect(result.current.decision).toBe('block');
    act(() => result.current.removeFlagged());
    expect(result.current.value).toBe('Sure, thanks');
    expect(result.current.decision).toBe('allow');
    expect(result.current.verdict.violations).toEqual([]);
  });

  it('after reset, which also clears the stored draft', () => {
    const { result } = renderComposer({ defaultValue: PHONE, draftKey: 'r' });
    act(() => result.current.setValue(`${PHONE}!`));
    expect(sessionStorage.getItem('onplatform:draft:r')).toBe(`${PHONE}!`);
    act(() => result.current.reset());
    expect(result.current.value).toBe('');
    expect(result.current.decision).toBe('allow');
    expect(sessionStorage.getItem('onplatform:draft:r')).toBeNull();
  });

  it('after a stored draft is restored for another draftKey', () => {
    sessionStorage.setItem('onplatform:draft:b', 'mail ana@mail.co');
    const { result, rerender } = renderComposer({ draftKey: 'a', defaultValue: 'hello' });
    rerender({ draftKey: 'b' });
    expect(result.current.value).toBe('mail ana@mail.co');
    expect(result.current.decision).toBe('block');
  });
});

describe('useMessageComposer: undo after a removal', () => {
  it('undo() puts the text back (checked at once) and is offered only while the draft is what the removal left', () => {
    const { result } = renderComposer({ defaultValue: PHONE });
    expect(result.current.undoable).toBeUndefined();
    act(() => result.current.removeFlagged());
    expect(result.current.undoable).toEqual({ before: PHONE, after: 'Sure, thanks' });
    act(() => result.current.undo());
    expect(result.current.value).toBe(PHONE);
    expect(result.current.decision).toBe('block');
    expect(result.current.undoable).toBeUndefined();
  });

  it('an edit after the removal ends the undo', () => {
    const { result } = renderComposer({ defaultValue: PHONE });
    act(() => result.current.removeFlagged());
    typeInto(result, 'Sure, thanks!');
    expect(result.current.undoable).toBeUndefined();
    act(() => result.current.undo());
    expect(result.current.value).toBe('Sure, thanks!');
  });

  it('removeFinding removes one finding and leaves the others', () => {
    const text = 'see https://myportfolio.io or call +1 917 442 0188';
    const { result } = renderComposer({ defaultValue: text });
    const phone = result.current.verdict.violations.find((violation) => violation.kind === 'phone')!;
    act(() => result.current.removeFinding(phone));
    expect(result.current.value).toBe('see https://myportfolio.io');
    expect(result.current.decision).toBe('warn');
    expect(result.current.undoable?.before).toBe(text);
  });
});

describe('useMessageComposer: "This isn\'t contact info"', () => {
  it('calls onDispute with the finding and lets the draft go out after a deliberate confirmation', async () => {
    const onDispute = vi.fn();
    const onSend = vi.fn();
    const { result } = renderComposer({ defaultValue: 'permit 0612 345 678', onDispute, onSend });
    const finding = result.current.verdict.violations[0]!;
    expect(result.current.decision).toBe('block');
    act(() => result.current.disputeFinding(finding));
    expect(onDispute).toHaveBeenCalledWith(finding.match);
    expect(result.current.decision).toBe('warn');
    expect(result.current.disputed).toEqual(['phone:0612 345 678']);
    await act(() => result.current.send());
    expect(result.current.status).toBe('confirming');
    // A second press straight away (a double-click) is not the confirmation.
    await act(() => result.current.send());
    expect(onSend).not.toHaveBeenCalled();
    now += CONFIRM_ARM_DELAY;
    await act(() => result.current.send());
    expect(onSend).toHaveBeenCalledWith('permit 0612 345 678', expect.objectContaining({ decision: 'warn' }));
  });

  it('removeFlagged leaves a disputed finding alone', () => {
    const { result } = renderComposer({ defaultValue: 'permit 0612 345 678, and mail ana@mail.co', onDispute: vi.fn() });
    act(() => result.current.disputeFinding(result.current.verdict.violations.find((violation) => violation.kind === 'phone')!));
    act(() => result.current.removeFlagged());
    expect(result.current.value).toBe('permit 0612 345 678, and mail');
  });
});

describe('useMessageComposer: a server that refuses the message', () => {
  const refusal = () => Object.assign(new Error('422'), checkMessage('call +1 917 442 0188', { contractState: 'none' }));

  it('shows its violations as a block, keeps the draft, refuses to resend the same text, and an edit clears it', async () => {
    // The server knows something the client does not (say, a stricter policy): the draft looks fine here.
    const onSend = vi.fn(() => Promise.reject(refusal()));
    const onBlockedSend = vi.fn();
    const { result } = renderComposer({ defaultValue: 'the files are ready', onSend, onBlockedSend });
    await act(() => result.current.send());
    expect(result.current.status).toBe('rejected');
    expect(result.current.decision).toBe('block');
    expect(result.current.verdict.violations.map((violation) => violation.kind)).toEqual(['phone']);
    expect(result.current.value).toBe('the files are ready');
    expect(result.current.getSendButtonProps()).toMatchObject({ 'aria-disabled': true });
    await act(() => result.current.send());
    expect(onSend).toHaveBeenCalledTimes(1);
    expect(onBlockedSend).toHaveBeenCalledWith(expect.objectContaining({ decision: 'block' }));
    typeInto(result, 'the files are ready.');
    expect(result.current.status).toBe('idle');
    expect(result.current.decision).toBe('allow');
  });

  it('removes the refused findings, and never text a refusal misplaces (spans of another text)', async () => {
    const draft = 'Call me on +1 917 442 0188 tomorrow';
    const { result, rerender } = renderComposer({
      contractState: 'active',
      defaultValue: draft,
      onSend: () => Promise.reject(Object.assign(new Error('422'), checkMessage(draft, { contractState: 'none' }))),
    });
    await act(() => result.current.send());
    act(() => result.current.removeFlagged());
    expect(result.current.value).toBe('Tomorrow');
    rerender({ onSend: () => Promise.reject(refusal()) });
    act(() => result.current.setValue('the files are ready'));
    await act(() => result.current.send());
    expect(result.current.status).toBe('rejected');
    act(() => result.current.removeFlagged());
    expect(result.current.value).toBe('the files are ready');
  });

  it('treats any other rejection as a failure to retry', async () => {
    const { result } = renderComposer({ defaultValue: 'hello', onSend: () => Promise.reject(new Error('offline')) });
    await act(() => result.current.send());
    expect(result.current.status).toBe('error');
    expect(result.current.decision).toBe('allow');
  });
});

describe('useMessageComposer: a send settles against the draft key it started with (issue 15)', () => {
  function deferred() {
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<void>((done, fail) => {
      resolve = done;
      reject = fail;
    });
    return { promise, resolve, reject };
  }

  /** Sends 'text for A' under draft key A (the send stays out until `sendA` settles), then switches to B. */
  function sendFromAThenSwitchToB() {
    const sendA = deferred();
    const composer = renderComposer({ draftKey: 'A', defaultValue: 'text for A', onSend: () => sendA.promise });
    let sending!: Promise<void>;
    act(() => {
      sending = composer.result.current.send();
    });
    composer.rerender({ draftKey: 'B' });
    return { ...composer, sendA, sending };
  }

  it('pending: the other conversation is not "sending", takes Enter, and its draft survives A resolving', async () => {
    const sendA = deferred();
    const onSend = vi.fn().mockReturnValueOnce(sendA.promise).mockReturnValue(undefined);
    const { result, rerender } = renderComposer({ draftKey: 'A', defaultValue: 'text for A', onSend });
    let sending!: Promise<void>;
    act(() => {
      sending = result.current.send();
    });
    expect(result.current.status).toBe('sending');
    rerender({ draftKey: 'B' });
    expect(result.current.status).toBe('idle');
    expect(result.current.value).toBe('');
    typeInto(result, 'draft for B');
    await act(async () => {
      sendA.resolve();
      await sending;
    });
    // A's stored draft is gone; B's text and state are untouched.
    expect(sessionStorage.getItem('onplatform:draft:A')).toBeNull();
    expect(result.current.value).toBe('draft for B');
    expect(sessionStorage.getItem('onplatform:draft:B')).toBe('draft for B');
    expect(result.current.status).toBe('idle');
    await act(() => result.current.send());
    expect(onSend).toHaveBeenLastCalledWith('draft for B', expect.anything());
    rerender({ draftKey: 'A' });
    expect(result.current.value).toBe('');
  });

  it('back on A while its send is still out: A shows sending, and is cleared when it resolves', async () => {
    const { result, rerender, sendA, sending } = sendFromAThenSwitchToB();
    rerender({ draftKey: 'A' });
    expect(result.current.value).toBe('text for A');
    expect(result.current.status).toBe('sending');
    await act(async () => {
      sendA.resolve();
      await sending;
    });
    expect(result.current.value).toBe('');
    expect(result.current.status).toBe('idle');
  });

  it('rejected while away: A keeps its draft for a retry and B hears nothing of it', async () => {
    const { result, rerender, sendA, sending } = sendFromAThenSwitchToB();
    await act(async () => {
      sendA.reject(new Error('offline'));
      await sending;
    });
    expect(result.current.status).toBe('idle');
    expect(result.current.value).toBe('');
    rerender({ draftKey: 'A' });
    expect(result.current.value).toBe('text for A');
  });

  it('resolved before any switch: the draft clears, and switching back does not bring it back', async () => {
    const { result, rerender } = renderComposer({ draftKey: 'A', defaultValue: 'text for A', onSend: () => Promise.resolve() });
    await act(() => result.current.send());
    expect(result.current.value).toBe('');
    rerender({ draftKey: 'B' });
    rerender({ draftKey: 'A' });
    expect(result.current.value).toBe('');
  });
});
