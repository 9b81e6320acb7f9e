/** Whether the banner's "Why?" explanation shows. `data-state` on its button and panel. */
export type WhyDisclosureState = 'open' | 'closed';

export const WHY_DISCLOSURE_ACTIONS = {
  /** The button was pressed: click, tap, Enter or Space (a native button does all four). */
  toggled: 'toggled',
  /** Escape on the button or in the panel. */
  dismissed: 'dismissed',
} as const;

export type WhyDisclosureAction = { type: (typeof WHY_DISCLOSURE_ACTIONS)[keyof typeof WHY_DISCLOSURE_ACTIONS] };

/** What a `stateReducer` receives: the action, plus the state the built-in reducer proposes. */
export type WhyDisclosureStateChange = WhyDisclosureAction & { changes: WhyDisclosureState };

/** Steers the "Why?" disclosure: gets the current state and the change, returns the state to apply. */
export type WhyDisclosureStateReducer = (state: WhyDisclosureState, change: WhyDisclosureStateChange) => WhyDisclosureState;

/** Pure: the next state of the "Why?" disclosure. Imports nothing from React. */
export function whyDisclosureReducer(state: WhyDisclosureState, action: WhyDisclosureAction): WhyDisclosureState {
  switch (action.type) {
    case WHY_DISCLOSURE_ACTIONS.toggled:
      return state === 'open' ? 'closed' : 'open';
    case WHY_DISCLOSURE_ACTIONS.dismissed:
      return 'closed';
    default:
      return action.type satisfies never;
  }
}
