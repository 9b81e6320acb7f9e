// @vitest-environment node
import { DRAFT_ACTIONS, type DraftAction, draftReducer, type DraftState, INITIAL_DRAFT_STATE } from '../../src/hooks/draftReducer';

const state = (overrides: Partial<DraftState> = {}): DraftState => ({ ...INITIAL_DRAFT_STATE, ...overrides });

describe('draftReducer', () => {
  it.each<[string, DraftState, DraftAction, Partial<DraftState>]>([
    ['typing records the text and the caret after it', state(), { type: DRAFT_ACTIONS.typed, value: 'hi', caret: 2 }, { lastTyped: 'hi', caret: 2 }],
    ['typing leaves the last code-set text as it was', state({ knownValue: 'x' }), { type: DRAFT_ACTIONS.typed, value: 'xy', caret: 2 }, { knownValue: 'x', lastTyped: 'xy', caret: 2 }],
    ['a change by code makes the text known, the caret stays', state({ caret: 4 }), { type: DRAFT_ACTIONS.codeChanged, value: 'fixed' }, { knownValue: 'fixed', caret: 4 }],
    ['a successful send leaves an empty draft, known', state({ knownValue: 'sent', lastTyped: 'sent' }), { type: DRAFT_ACTIONS.sentCleared }, { knownValue: '', lastTyped: 'sent' }],
  ])('%s', (_title, before, action, expected) => {
    expect(draftReducer(before, action)).toEqual(state({ ...before, ...expected }));
  });

  it.each<[string, DraftState, DraftAction]>([
    ['the same typed text and caret', state({ lastTyped: 'a', caret: 1 }), { type: DRAFT_ACTIONS.typed, value: 'a', caret: 1 }],
    ['the same known text', state({ knownValue: 'a' }), { type: DRAFT_ACTIONS.codeChanged, value: 'a' }],
    ['clearing a draft already cleared', state({ knownValue: '' }), { type: DRAFT_ACTIONS.sentCleared }],
  ])('returns the same state object for %s (no render)', (_title, before, action) => {
    expect(draftReducer(before, action)).toBe(before);
  });

  it('never mutates the state it is given', () => {
    const frozen = Object.freeze(state({ knownValue: 'a', lastTyped: 'b', caret: 1 }));
    draftReducer(frozen, { type: DRAFT_ACTIONS.typed, value: 'bc', caret: 2 });
    draftReducer(frozen, { type: DRAFT_ACTIONS.codeChanged, value: 'z' });
    draftReducer(frozen, { type: DRAFT_ACTIONS.sentCleared });
    expect(frozen).toEqual(state({ knownValue: 'a', lastTyped: 'b', caret: 1 }));
  });
});
