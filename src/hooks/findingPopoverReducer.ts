/**
 * Which finding's popover is open, as a pure reducer (no React): the finding's key (its kind and
 * text, see `findingKey`) and where it started, so it can be followed through edits elsewhere.
 * `undefined`: closed.
 */
export type FindingPopoverState = { key: string; start: number } | undefined;

export const FINDING_POPOVER_ACTIONS = {
  /** The caret was put inside a finding (click, tap, arrow keys). */
  opened: 'opened',
  /** The caret was put outside every finding, typing went on, Escape, or the finding was acted on. */
  closed: 'closed',
} as const;

export type FindingPopoverAction =
  | { type: typeof FINDING_POPOVER_ACTIONS.opened; key: string; start: number }
  | { type: typeof FINDING_POPOVER_ACTIONS.closed };

export function findingPopoverReducer(state: FindingPopoverState, action: FindingPopoverAction): FindingPopoverState {
  switch (action.type) {
    case FINDING_POPOVER_ACTIONS.opened:
      return state?.key === action.key && state.start === action.start ? state : { key: action.key, start: action.start };
    case FINDING_POPOVER_ACTIONS.closed:
      return undefined;
    default:
      return action satisfies never;
  }
}
