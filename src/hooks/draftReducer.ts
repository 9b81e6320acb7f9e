/**
 * What the composer knows about its draft besides the text (which `useControllableState` holds,
 * as the caller may control it), as a pure reducer (no React).
 */
export interface DraftState {
  /** The last text set by code rather than typed (a removal, a reset, a restored draft): checked at once. */
  knownValue: string | undefined;
  /** The last text typed: a controlled value that differs from it was set by the parent, so it is a code change too. */
  lastTyped: string | undefined;
  /** Where the caret was after the last typed change (for holding a fresh warning); undefined until one. */
  caret: number | undefined;
}

export const DRAFT_ACTIONS = {
  typed: 'typed',
  codeChanged: 'codeChanged',
  sentCleared: 'sentCleared',
} as const;

export type DraftAction =
  | { type: typeof DRAFT_ACTIONS.typed; value: string; caret: number | undefined }
  /** Code set the text, or is about to through the textarea's input event (a removal), or sends it. */
  | { type: typeof DRAFT_ACTIONS.codeChanged; value: string }
  | { type: typeof DRAFT_ACTIONS.sentCleared };

export const INITIAL_DRAFT_STATE: DraftState = { knownValue: undefined, lastTyped: undefined, caret: undefined };

/** The draft's transitions: typing moves the caret, code makes a text known, a successful send clears it. */
export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case DRAFT_ACTIONS.typed:
      return state.lastTyped === action.value && state.caret === action.caret ? state : { ...state, lastTyped: action.value, caret: action.caret };
    case DRAFT_ACTIONS.codeChanged:
      return state.knownValue === action.value ? state : { ...state, knownValue: action.value };
    case DRAFT_ACTIONS.sentCleared:
      return state.knownValue === '' ? state : { ...state, knownValue: '' };
    default:
      return action satisfies never;
  }
}
