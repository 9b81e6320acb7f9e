import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { COMPOSER_ACTIONS } from '../../src/hooks/composerReducer';
import type { ComposerStateReducer } from '../../src/hooks/composerStateReducer';
import { useMessageComposer } from '../../src/hooks/useMessageComposer';
import { Composer, textbox } from '../fixtures/ComposerHarness';


const STORAGE_KEY = (key: string) => `onplatform:draft:${key}`;

beforeEach(() => sessionStorage.clear());

describe('useMessageComposer: controlled and uncontrolled', () => {
  it('controlled: the value comes from props and changes go through onValueChange', async () => {
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
    await userEvent.type(textbox(), '{Enter}');
    expect(screen.getByLabelText('mirror')).toHaveTextContent('');
  });

  it('controlled: a parent that refuses a change keeps its value, and send() sends that value', async () => {
    const onSend = vi.fn();
    const onValueChange = vi.fn();
    render(<Composer value="fixed text" onValueChange={onValueChange} onSend={onSend} />);
    await userEvent.type(textbox(), 'x');
    expect(onValueChange).toHaveBeenCalledWith('fixed textx');
    expect(textbox().value).toBe('fixed text');
    await userEvent.type(textbox(), '{Enter}');
    expect(onSend).toHaveBeenCalledWith('fixed text', expect.anything());
  });

  it('uncontrolled: starts from defaultValue and reports changes', async () => {
    const onValueChange = vi.fn();
    render(<Composer defaultValue="draft" onValueChange={onValueChange} />);
    await userEvent.type(textbox(), '!');
    expect(textbox().value).toBe('draft!');
    expect(onValueChange).toHaveBeenLastCalledWith('draft!');
  });

  it('setValue sets the draft programmatically', () => {
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend: vi.fn() }));
    act(() => result.current.setValue('call +1 917 442 0188'));
    expect(result.current.value).toBe('call +1 917 442 0188');
  });

  it('warns in development when switching from uncontrolled to controlled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { rerender } = render(<Composer />);
    rerender(<Composer value="now controlled" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('useMessageComposer: switched from uncontrolled to controlled'));
    warn.mockRestore();
  });
});

describe('useMessageComposer: findingOpen, defaultFindingOpen and onFindingOpenChange', () => {
  it('controlled: the parent opens the popover on the first finding, and a caret move asks it to close', async () => {
    const onFindingOpenChange = vi.fn();
    const { rerender } = render(<Composer defaultValue="mail ana@mail.co today" findingOpen={false} onFindingOpenChange={onFindingOpenChange} />);
    expect(screen.getByLabelText('popover')).toHaveTextContent('closed');
    rerender(<Composer defaultValue="mail ana@mail.co today" findingOpen onFindingOpenChange={onFindingOpenChange} />);
    expect(screen.getByLabelText('popover')).toHaveTextContent('email');
    textbox().setSelectionRange(1, 1);
    fireEvent.click(textbox());
    expect(onFindingOpenChange).toHaveBeenCalledExactlyOnceWith(false);
    // The parent holds it open.
    expect(screen.getByLabelText('popover')).toHaveTextContent('email');
  });

  it('uncontrolled: defaultFindingOpen shows the first finding, and typing closes it', async () => {
    const onFindingOpenChange = vi.fn();
    render(<Composer defaultValue="mail ana@mail.co today" defaultFindingOpen onFindingOpenChange={onFindingOpenChange} />);
    expect(screen.getByLabelText('popover')).toHaveTextContent('email');
    await userEvent.type(textbox(), '!');
    expect(screen.getByLabelText('popover')).toHaveTextContent('closed');
    expect(onFindingOpenChange).toHaveBeenCalledExactlyOnceWith(false);
  });
});

describe('useMessageComposer: stateReducer', () => {
  it('can skip the confirmation: a warned draft goes out on the first send', () => {
    const onSend = vi.fn();
    const stateReducer: ComposerStateReducer = (_state, { type, changes }) =>
      type === COMPOSER_ACTIONS.sendRequested ? { ...changes, status: 'idle', acknowledged: true } : changes;
    render(<Composer onSend={onSend} stateReducer={stateReducer} defaultValue="see https://myportfolio.io" />);
    fireEvent.keyDown(textbox(), { key: 'Enter' });
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('receives the current state, the action with its verdict, and the proposed changes', () => {
    const stateReducer = vi.fn<ComposerStateReducer>((_state, { changes }) => changes);
    render(<Composer stateReducer={stateReducer} defaultValue="see https://myportfolio.io" />);
    fireEvent.keyDown(textbox(), { key: 'Enter' });
    expect(stateReducer).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'idle' }),
      expect.objectContaining({
        type: COMPOSER_ACTIONS.sendRequested,
        verdict: expect.objectContaining({ decision: 'warn' }),
        changes: expect.objectContaining({ status: 'confirming' }),
      }),
    );
  });

  it('can keep a failed draft in error while it is edited', async () => {
    const onSend = vi.fn().mockRejectedValue(new Error('offline'));
    const stateReducer: ComposerStateReducer = (state, { type, changes }) =>
      // `state` is the current state of the part the action belongs to: a property check narrows it.
      type === COMPOSER_ACTIONS.valueChanged && state !== undefined && 'status' in state && state.status === 'error' ? state : changes;
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend, stateReducer, defaultValue: 'hello' }));
    await act(() => result.current.send());
    act(() => result.current.setValue('hello!'));
    expect(result.current.status).toBe('error');
  });
});

describe('useMessageComposer: draftKey', () => {
  it('restores a draft after an unmount and clears it after a successful send', async () => {
    const first = render(<Composer draftKey="conversation-42" />);
    await userEvent.type(textbox(), 'half-written reply');
    expect(sessionStorage.getItem(STORAGE_KEY('conversation-42'))).toBe('half-written reply');
    first.unmount();
    const onSend = vi.fn();
    render(<Composer draftKey="conversation-42" onSend={onSend} />);
    expect(textbox().value).toBe('half-written reply');
    fireEvent.keyDown(textbox(), { key: 'Enter' });
    expect(onSend).toHaveBeenCalledWith('half-written reply', expect.anything());
    expect(sessionStorage.getItem(STORAGE_KEY('conversation-42'))).toBeNull();
  });

  it('keeps the stored draft when sending fails', async () => {
    sessionStorage.setItem(STORAGE_KEY('c'), 'try me');
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend: () => Promise.reject(new Error('offline')), draftKey: 'c' }));
    await act(() => result.current.send());
    expect(sessionStorage.getItem(STORAGE_KEY('c'))).toBe('try me');
  });

  it('restores into a controlled composer through onValueChange', () => {
    sessionStorage.setItem(STORAGE_KEY('c'), 'stored reply');
    const onValueChange = vi.fn();
    render(<Composer value="" onValueChange={onValueChange} draftKey="c" />);
    expect(onValueChange).toHaveBeenCalledWith('stored reply');
  });

  it('switches drafts with the key (another conversation in the same composer)', async () => {
    sessionStorage.setItem(STORAGE_KEY('b'), 'draft for b');
    const { rerender } = render(<Composer draftKey="a" />);
    await userEvent.type(textbox(), 'draft for a');
    rerender(<Composer draftKey="b" />);
    expect(textbox().value).toBe('draft for b');
    rerender(<Composer draftKey="a" />);
    expect(textbox().value).toBe('draft for a');
  });

  it('keeps working when sessionStorage throws', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    render(<Composer draftKey="full" />);
    await userEvent.type(textbox(), 'still typing');
    expect(textbox().value).toBe('still typing');
    setItem.mockRestore();
  });
});

describe('useMessageComposer: maxLength beyond the textarea', () => {
  it('setValue cuts a longer text to maxLength, and onValueChange gets the cut text', () => {
    const onValueChange = vi.fn();
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend: vi.fn(), maxLength: 5, onValueChange }));
    act(() => result.current.setValue('hello world'));
    expect(result.current.value).toBe('hello');
    expect(onValueChange).toHaveBeenLastCalledWith('hello');
    expect(result.current.remaining).toBe(0);
  });

  it('setValue never leaves half of an emoji', () => {
    // 'thanks ' is 7 code units and 😀 two more: a limit of 8 falls inside the emoji.
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend: vi.fn(), maxLength: 8 }));
    act(() => result.current.setValue('thanks 😀'));
    expect(result.current.value).toBe('thanks ');
    expect(result.current.remaining).toBe(1);
  });

  it('setValue on a controlled composer asks the parent for the cut text', () => {
    const onValueChange = vi.fn();
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend: vi.fn(), maxLength: 4, value: 'ok', onValueChange }));
    act(() => result.current.setValue('okay then'));
    expect(onValueChange).toHaveBeenCalledWith('okay');
  });

  it('setValue leaves text alone without a maxLength', () => {
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend: vi.fn() }));
    act(() => result.current.setValue('x'.repeat(10_000)));
    expect(result.current.value).toHaveLength(10_000);
  });

  it('leaves typed text to the textarea: an IME may run past maxlength mid-composition', () => {
    render(<Composer maxLength={5} />);
    fireEvent.change(textbox(), { target: { value: 'にほんごです' } });
    expect(textbox().value).toBe('にほんごです');
    expect(textbox()).toHaveAttribute('maxlength', '5');
  });

  it('shows a defaultValue over the limit as given (as a textarea does), with nothing remaining', () => {
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend: vi.fn(), maxLength: 5, defaultValue: 'longer than five' }));
    expect(result.current.value).toBe('longer than five');
    expect(result.current.remaining).toBe(0);
  });

  it('removeFlagged cuts a result that a long replacement pushes past maxLength, and keeps the caret inside it', async () => {
    render(<Composer defaultValue="mail ana@mail.co now" maxLength={20} flaggedReplacement="[contact details removed]" />);
    await userEvent.click(screen.getByRole('button', { name: 'remove' }));
    expect(textbox().value).toBe('mail [contact detail');
    expect(textbox().selectionStart).toBeLessThanOrEqual(20);
    expect(document.activeElement).toBe(textbox());
  });

  it('removeFlagged brings a draft that started over the limit within it', async () => {
    render(<Composer defaultValue="mail ana@mail.co and a long tail" maxLength={10} />);
    await userEvent.click(screen.getByRole('button', { name: 'remove' }));
    expect(textbox().value).toBe('mail and a');
  });
});

describe('useMessageComposer: removeFlagged and segments', () => {
  it('removes every flagged span with the words that introduced it, keeps the rest, and returns focus with the caret at the fix', async () => {
    render(<Composer defaultValue="Sure, my number is +1 917 442 0188 or ana@mail.co tomorrow" />);
    await userEvent.click(screen.getByRole('button', { name: 'remove' }));
    expect(textbox().value).toBe('Sure, tomorrow');
    expect(textbox().selectionStart).toBe('Sure, '.length);
    expect(document.activeElement).toBe(textbox());
  });

  it('keeps the caret where the person was typing, shifted by what was removed before it', async () => {
    render(<Composer />);
    await userEvent.type(textbox(), 'mail ana@mail.co and see you soon');
    await userEvent.click(screen.getByRole('button', { name: 'remove' }));
    expect(textbox().value).toBe('mail and see you soon');
    expect(textbox().selectionStart).toBe(textbox().value.length);
  });

  it('leaves allowed findings alone (a URL is fine once the contract is active, payment is not)', async () => {
    render(<Composer contractState="active" defaultValue="see https://myportfolio.io and pay paypal.me/ana" />);
    await userEvent.click(screen.getByRole('button', { name: 'remove' }));
    expect(textbox().value).toBe('see https://myportfolio.io and pay');
  });

  it('uses the configured replacement text', async () => {
    render(<Composer defaultValue="mail ana@mail.co now" flaggedReplacement="[removed]" />);
    await userEvent.click(screen.getByRole('button', { name: 'remove' }));
    expect(textbox().value).toBe('mail [removed] now');
  });

  it('splits the current draft into plain and flagged runs with their reasons', () => {
    const { result } = renderHook(() => useMessageComposer({ contractState: 'none', onSend: vi.fn(), defaultValue: 'mail ana@mail.co now' }));
    expect(result.current.segments.map((segment) => [segment.text, segment.match?.kind, segment.violation?.reason])).toEqual([
      ['mail ', undefined, undefined],
      ['ana@mail.co', 'email', 'until-contract'],
      [' now', undefined, undefined],
    ]);
  });
});
