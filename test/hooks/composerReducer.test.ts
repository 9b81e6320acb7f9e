// @vitest-environment node
import { checkMessage } from '../../src/core/policy/checkMessage';
import { COMPOSER_ACTIONS, CONFIRM_ARM_DELAY, type ComposerState, composerReducer, INITIAL_COMPOSER_STATE } from '../../src/hooks/composerReducer';

const warned = checkMessage('see https://myportfolio.io', { contractState: 'none' });
const blocked = checkMessage('call +1 917 442 0188', { contractState: 'none' });
const state = (changes: Partial<ComposerState>): ComposerState => ({ ...INITIAL_COMPOSER_STATE, ...changes });

describe('composerReducer', () => {
  it.each([
    ['first send of a warned draft asks for a confirmation', state({}), { type: COMPOSER_ACTIONS.sendRequested, verdict: warned, now: 1000 }, { status: 'confirming', acknowledged: false, confirmingSince: 1000 }],
    ['a second send once the step has been shown confirms', state({ status: 'confirming', confirmingSince: 1000 }), { type: COMPOSER_ACTIONS.sendRequested, verdict: warned, now: 1000 + CONFIRM_ARM_DELAY }, { status: 'idle', acknowledged: true }],
    ['the second click of a double-click is not a confirmation', state({ status: 'confirming', confirmingSince: 1000 }), { type: COMPOSER_ACTIONS.sendRequested, verdict: warned, now: 1250 }, { status: 'confirming', acknowledged: false, confirmingSince: 1000 }],
    ['an acknowledged draft goes out on its first send', state({ acknowledged: true }), { type: COMPOSER_ACTIONS.sendRequested, verdict: warned, now: 0 }, { status: 'idle', acknowledged: true }],
    ['a server refusal keeps its verdict and no retry state', state({ status: 'sending' }), { type: COMPOSER_ACTIONS.sendRejected, error: 'e', verdict: blocked }, { status: 'rejected', rejection: blocked }],
    ['an edit ends a server refusal', state({ status: 'rejected', rejection: blocked }), { type: COMPOSER_ACTIONS.valueChanged, value: 'x' }, { status: 'idle', rejection: undefined }],
    ['a dispute is remembered and asks for a fresh confirmation', state({ acknowledged: true }), { type: COMPOSER_ACTIONS.findingDisputed, key: 'phone:555' }, { disputed: ['phone:555'], acknowledged: false }],
    ['a removal can be undone', state({}), { type: COMPOSER_ACTIONS.flaggedRemoved, before: 'a b', after: 'a' }, { undo: { before: 'a b', after: 'a' } }],
    ['the removed text arriving keeps the undo', state({ undo: { before: 'a b', after: 'a' } }), { type: COMPOSER_ACTIONS.valueChanged, value: 'a' }, { undo: { before: 'a b', after: 'a' } }],
    ['any other edit ends the undo', state({ undo: { before: 'a b', after: 'a' } }), { type: COMPOSER_ACTIONS.valueChanged, value: 'ab' }, { undo: undefined }],
    ['undoing ends the undo', state({ undo: { before: 'a b', after: 'a' } }), { type: COMPOSER_ACTIONS.removalUndone }, { undo: undefined }],
    ['reset forgets everything', state({ status: 'error', disputed: ['x'], blockedAttempts: 2 }), { type: COMPOSER_ACTIONS.reset }, INITIAL_COMPOSER_STATE],
    ['another draft key starts fresh', state({ status: 'sending', disputed: ['x'] }), { type: COMPOSER_ACTIONS.draftKeyChanged, sending: false }, INITIAL_COMPOSER_STATE],
    ['another draft key whose own send is out shows it sending', state({}), { type: COMPOSER_ACTIONS.draftKeyChanged, sending: true }, { status: 'sending' }],
    ['acknowledge() while confirming', state({ status: 'confirming' }), { type: COMPOSER_ACTIONS.acknowledged }, { status: 'idle', acknowledged: true }],
    ['acknowledge() while sending keeps sending', state({ status: 'sending' }), { type: COMPOSER_ACTIONS.acknowledged }, { status: 'sending', acknowledged: true }],
    ['an edit forgets the confirmation', state({ acknowledged: true, status: 'confirming' }), { type: COMPOSER_ACTIONS.valueChanged, value: 'x' }, { status: 'idle', acknowledged: false }],
    ['an edit leaves the error status but keeps the error readable', state({ status: 'error', error: 'offline' }), { type: COMPOSER_ACTIONS.valueChanged, value: 'x' }, { status: 'idle', error: 'offline' }],
    ['a blocked send counts the attempt', state({ blockedAttempts: 1 }), { type: COMPOSER_ACTIONS.sendBlocked, verdict: blocked }, { status: 'idle', blockedAttempts: 2 }],
    ['an edit resets the blocked attempts', state({ blockedAttempts: 3 }), { type: COMPOSER_ACTIONS.valueChanged, value: 'x' }, { blockedAttempts: 0 }],
    ['starting a send clears the last error', state({ status: 'error', error: 'offline' }), { type: COMPOSER_ACTIONS.sendStarted, verdict: warned }, { status: 'sending', error: undefined }],
    ['a failure keeps the reason', state({ status: 'sending' }), { type: COMPOSER_ACTIONS.sendFailed, error: 'offline' }, { status: 'error', error: 'offline' }],
    ['a success resets everything', state({ status: 'sending', acknowledged: true, blockedAttempts: 2 }), { type: COMPOSER_ACTIONS.sendSucceeded }, INITIAL_COMPOSER_STATE],
  ] as const)('%s', (_title, before, action, expected) => {
    expect(composerReducer(before, action)).toMatchObject(expected);
  });

  it('ignores edits while sending (text typed then belongs to the next message)', () => {
    const sending = state({ status: 'sending' });
    expect(composerReducer(sending, { type: COMPOSER_ACTIONS.valueChanged, value: 'more' })).toBe(sending);
  });

  it('returns the same state for an edit that changes nothing, so typing causes no extra render', () => {
    expect(composerReducer(INITIAL_COMPOSER_STATE, { type: COMPOSER_ACTIONS.valueChanged, value: 'a' })).toBe(INITIAL_COMPOSER_STATE);
  });

  it('never mutates the state it is given', () => {
    const frozen = Object.freeze(state({ status: 'confirming', blockedAttempts: 1 }));
    for (const action of [
      { type: COMPOSER_ACTIONS.sendRequested, verdict: warned, now: 5000 },
      { type: COMPOSER_ACTIONS.findingDisputed, key: 'k' },
      { type: COMPOSER_ACTIONS.sendRejected, error: 'e', verdict: blocked },
      { type: COMPOSER_ACTIONS.sendBlocked, verdict: blocked },
      { type: COMPOSER_ACTIONS.acknowledged },
      { type: COMPOSER_ACTIONS.sendStarted, verdict: warned },
      { type: COMPOSER_ACTIONS.sendFailed, error: 'x' },
      { type: COMPOSER_ACTIONS.valueChanged, value: 'x' },
    ] as const) {
      expect(() => composerReducer(frozen, action)).not.toThrow();
    }
    expect(frozen).toEqual(state({ status: 'confirming', blockedAttempts: 1 }));
  });

  it('exports every action type it handles', () => {
    expect(Object.values(COMPOSER_ACTIONS).sort()).toEqual(
      [
        'acknowledged', 'draftKeyChanged', 'findingDisputed', 'flaggedRemoved', 'removalUndone', 'reset', 'sendBlocked', 'sendFailed',
        'sendRejected', 'sendRequested', 'sendStarted', 'sendSucceeded', 'valueChanged',
      ],
    );
  });
});
