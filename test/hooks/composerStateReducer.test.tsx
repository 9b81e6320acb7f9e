import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { CheckMessageResult } from '../../src/core/policy/policyTypes';
import { COMPOSER_ACTIONS } from '../../src/hooks/composerReducer';
import type { ComposerPartChange, ComposerStateReducer } from '../../src/hooks/composerStateReducer';
import { DRAFT_ACTIONS } from '../../src/hooks/draftReducer';
import { FINDING_POPOVER_ACTIONS } from '../../src/hooks/findingPopoverReducer';
import { HELD_WARNING_ACTIONS } from '../../src/hooks/heldWarningReducer';
import { Composer, textbox } from '../fixtures/ComposerHarness';

/** Payment is a warning in this app, so a payment finding can be held back while typing. */
const PAYMENT_WARNS = { rules: { payment: { none: 'warn' as const } } };
const PAYMENT_DRAFT = 'I can pay you via PayPal';


const decision = () => screen.getByLabelText('decision').textContent;
/** Types `text` as one change, with the caret after it (jsdom moves the caret to the end). */
const type = (text: string) => fireEvent.change(textbox(), { target: { value: text } });
const changesOf = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map(([, change]) => change as ComposerPartChange);
const isPayment = (verdict: CheckMessageResult) => verdict.violations.some((violation) => violation.kind === 'payment');

describe('useMessageComposer: one stateReducer for every part', () => {
  it('sees the actions of the draft and of sending, each tagged with its part', () => {
    const stateReducer = vi.fn<ComposerStateReducer>((_state, change) => change.changes);
    render(<Composer stateReducer={stateReducer} />);
    type('hello');
    const changes = changesOf(stateReducer);
    expect(changes).toContainEqual(expect.objectContaining({ part: 'draft', type: DRAFT_ACTIONS.typed, value: 'hello', changes: expect.objectContaining({ lastTyped: 'hello' }) }));
    expect(changes).toContainEqual(expect.objectContaining({ part: 'composer', type: COMPOSER_ACTIONS.valueChanged, value: 'hello' }));
  });

  it('sees the held warning: a payment warning under the caret is held back by default', async () => {
    const stateReducer = vi.fn<ComposerStateReducer>((_state, change) => change.changes);
    render(<Composer stateReducer={stateReducer} policy={PAYMENT_WARNS} defaultValue="I can pay you via PayPa" />);
    type(PAYMENT_DRAFT);
    await waitFor(() =>
      expect(changesOf(stateReducer)).toContainEqual(
        expect.objectContaining({ part: 'heldWarning', type: HELD_WARNING_ACTIONS.shown, holding: true, verdict: expect.objectContaining({ decision: 'warn' }) }),
      ),
    );
    expect(decision()).toBe('allow');
  });

  it('can refuse to hold a payment warning: it shows while the person is still typing', async () => {
    const stateReducer = vi.fn<ComposerStateReducer>((_state, change) =>
      change.type === HELD_WARNING_ACTIONS.shown && isPayment(change.verdict) ? { ...change.changes, holding: false } : change.changes,
    );
    render(<Composer stateReducer={stateReducer} policy={PAYMENT_WARNS} defaultValue="I can pay you via PayPa" />);
    type(PAYMENT_DRAFT);
    // The same proposal as above (hold it), refused.
    await waitFor(() => expect(changesOf(stateReducer)).toContainEqual(expect.objectContaining({ type: HELD_WARNING_ACTIONS.shown, holding: true })));
    expect(decision()).toBe('warn');
  });

  it('steers the finding popover: this app never opens one on a payment finding', async () => {
    const stateReducer: ComposerStateReducer = (state, change) =>
      change.type === FINDING_POPOVER_ACTIONS.opened && change.key.startsWith('payment:') ? state : change.changes;
    render(<Composer stateReducer={stateReducer} defaultValue={`Call +1 917 442 0188. Also, ${PAYMENT_DRAFT}`} />);
    await waitFor(() => expect(decision()).toBe('block'));
    const caretIn = (offset: number) => {
      textbox().setSelectionRange(offset, offset);
      fireEvent.click(textbox());
    };
    act(() => caretIn(textbox().value.indexOf('PayPal')));
    expect(screen.getByLabelText('popover').textContent).toBe('closed');
    act(() => caretIn(textbox().value.indexOf('917')));
    expect(screen.getByLabelText('popover').textContent).toBe('phone');
  });
});
