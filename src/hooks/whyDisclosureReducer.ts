/** Whether the banner's "Why?" explanation shows. `data-state` on its button and panel. */
export type WhyDisclosureState = 'open' | 'closed';

export const WHY_DISCLOSURE_ACTIONS = {
  /** The button was pressed: click, tap, Enter or Space (a native button does all four). */
  toggled: 'toggled',
  /** Escape on the button or in the panel. */
  dismissed: 'dismissed',
} as const;

export type WhyDisclosureAction = { type: (typeof WHY_DISCLOSURE_ACTIONS)[keyof typeof WHY_DISCLOSURE_ACTIONS] };

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
