// @vitest-environment node
import { COMPOSER_ACTIONS, composerReducer, INITIAL_COMPOSER_STATE } from '../../src/hooks/composerReducer';

describe('composerReducer', () => {
  it('asks for one confirmation before a warned draft goes out', () => {
    const confirming = composerReducer(INITIAL_COMPOSER_STATE, { type: COMPOSER_ACTIONS.sendRequested });
    expect(confirming.status).toBe('confirming');
    const confirmed = composerReducer(confirming, { type: COMPOSER_ACTIONS.sendRequested });
    expect(confirmed).toMatchObject({ status: 'idle', acknowledged: true });
  });

  it('forgets a confirmation when the draft changes', () => {
    const acknowledged = composerReducer(INITIAL_COMPOSER_STATE, { type: COMPOSER_ACTIONS.acknowledged });
    expect(composerReducer(acknowledged, { type: COMPOSER_ACTIONS.valueChanged }).acknowledged).toBe(false);
  });

  it('goes sending → error → sending → idle, keeping the error until a retry', () => {
    const sending = composerReducer(INITIAL_COMPOSER_STATE, { type: COMPOSER_ACTIONS.sendStarted });
    const failed = composerReducer(sending, { type: COMPOSER_ACTIONS.sendFailed, error: new Error('offline') });
    expect(failed).toMatchObject({ status: 'error', error: new Error('offline') });
    const retrying = composerReducer(failed, { type: COMPOSER_ACTIONS.sendStarted });
    expect(retrying).toMatchObject({ status: 'sending', error: undefined });
    expect(composerReducer(retrying, { type: COMPOSER_ACTIONS.sendSucceeded })).toEqual(INITIAL_COMPOSER_STATE);
  });

  it('counts blocked attempts and ignores edits while sending', () => {
    expect(composerReducer(INITIAL_COMPOSER_STATE, { type: COMPOSER_ACTIONS.sendBlocked }).blockedAttempts).toBe(1);
    const sending = composerReducer(INITIAL_COMPOSER_STATE, { type: COMPOSER_ACTIONS.sendStarted });
    expect(composerReducer(sending, { type: COMPOSER_ACTIONS.valueChanged })).toBe(sending);
  });

  it('does not mutate the state it is given', () => {
    const state = Object.freeze({ ...INITIAL_COMPOSER_STATE });
    expect(() => composerReducer(state, { type: COMPOSER_ACTIONS.sendStarted })).not.toThrow();
  });
});
