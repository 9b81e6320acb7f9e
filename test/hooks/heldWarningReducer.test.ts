// @vitest-environment node
import { checkMessage } from '../../src/core/policy/checkMessage';
import { HELD_WARNING_ACTIONS, heldWarningReducer, type HeldWarningState, initialHeldWarningState } from '../../src/hooks/heldWarningReducer';

const holding: HeldWarningState = { shown: 'allow', holding: true, pausedText: 'hi' };
const idle: HeldWarningState = { shown: 'allow', holding: false, pausedText: 'hi' };
const verdict = checkMessage('hi x.io', { contractState: 'none' });

describe('heldWarningReducer', () => {
  it('starts from the first decision, with the first draft counted as paused', () => {
    expect(initialHeldWarningState('warn', 'see x.io')).toEqual({ shown: 'warn', holding: false, pausedText: 'see x.io' });
  });

  it.each<[string, HeldWarningState, Parameters<typeof heldWarningReducer>[1], HeldWarningState]>([
    ['records a held warning', idle, { type: HELD_WARNING_ACTIONS.shown, decision: 'allow', holding: true, verdict }, holding],
    ['records the warning once shown', holding, { type: HELD_WARNING_ACTIONS.shown, decision: 'warn', holding: false, verdict }, { ...holding, shown: 'warn', holding: false }],
    ['a pause while holding remembers the draft it paused at', holding, { type: HELD_WARNING_ACTIONS.typingPaused, text: 'hi x.io' }, { ...holding, pausedText: 'hi x.io' }],
  ])('%s', (_title, state, action, expected) => {
    expect(heldWarningReducer(state, action)).toEqual(expected);
  });

  it.each<[string, HeldWarningState, Parameters<typeof heldWarningReducer>[1]]>([
    ['a pause with nothing held (so a pause renders nothing)', idle, { type: HELD_WARNING_ACTIONS.typingPaused, text: 'hi there' }],
    ['a pause at the draft already paused at', holding, { type: HELD_WARNING_ACTIONS.typingPaused, text: 'hi' }],
    ['the same decision shown again', holding, { type: HELD_WARNING_ACTIONS.shown, decision: 'allow', holding: true, verdict }],
  ])('keeps the same state object for %s', (_title, state, action) => {
    expect(heldWarningReducer(state, action)).toBe(state);
  });
});
