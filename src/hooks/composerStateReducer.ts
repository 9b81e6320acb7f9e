import type { SteeringReducer } from '../utils/useSteeredReducer.js';
import type { ComposerAction, ComposerState } from './composerReducer.js';
import type { DraftAction, DraftState } from './draftReducer.js';
import type { FindingPopoverAction, FindingPopoverState } from './findingPopoverReducer.js';
import type { HeldWarningAction, HeldWarningState } from './heldWarningReducer.js';

/**
 * The composer's parts, each a pure reducer of its own: sending (`composerReducer`), the draft
 * (`draftReducer`), the warning held back while typing (`heldWarningReducer`) and the open
 * finding popover (`findingPopoverReducer`). One `stateReducer` sees the actions of all of them.
 */
export interface ComposerParts {
  composer: { state: ComposerState; action: ComposerAction };
  draft: { state: DraftState; action: DraftAction };
  heldWarning: { state: HeldWarningState; action: HeldWarningAction };
  findingPopover: { state: FindingPopoverState; action: FindingPopoverAction };
}

export type ComposerPart = keyof ComposerParts;

/** One part's action, tagged with its `part`, plus the state that part's built-in reducer proposes. */
export type ComposerPartChange<P extends ComposerPart = ComposerPart> = P extends ComposerPart
  ? ComposerParts[P]['action'] & { part: P; changes: ComposerParts[P]['state'] }
  : never;

/** A part's state, as a `stateReducer` receives and returns it. */
export type ComposerPartState = ComposerParts[ComposerPart]['state'];

/** The arguments of a composer `stateReducer`: a part's current state, and its change. */
export type ComposerStateReducerArgs = { [P in ComposerPart]: [state: ComposerParts[P]['state'], change: ComposerPartChange<P>] }[ComposerPart];

/**
 * Steers every transition of the composer, Downshift-style: it gets the current state of the part
 * an action belongs to and `{ part, type, changes, …action }`, and returns the state to apply
 * (`changes` to accept, `state` to refuse). Action types are unique across parts (`COMPOSER_ACTIONS`,
 * `DRAFT_ACTIONS`, `HELD_WARNING_ACTIONS`, `FINDING_POPOVER_ACTIONS`), so `type` alone narrows
 * `changes`; `state` is narrowed by a property check (`state !== undefined && 'status' in state`; a closed
 * popover's state is `undefined`).
 *
 * @example
 * ```ts
 * // A payment finding is never held back while typing: its warning shows at once.
 * const stateReducer: ComposerStateReducer = (_state, change) =>
 *   change.type === HELD_WARNING_ACTIONS.shown && change.verdict.violations.some((violation) => violation.kind === 'payment')
 *     ? { ...change.changes, holding: false }
 *     : change.changes;
 * ```
 */
export type ComposerStateReducer = (...args: ComposerStateReducerArgs) => ComposerPartState;

/**
 * The `stateReducer` of one part: the composer's, read through `read` when an action comes (so the
 * function is made once, not per render), with the part's name added to each change.
 */
export function steerPart<P extends ComposerPart>(
  read: () => ComposerStateReducer | undefined,
  part: P,
): SteeringReducer<ComposerParts[P]['state'], ComposerParts[P]['action']> {
  return (state, change) => {
    const stateReducer = read();
    return stateReducer ? (stateReducer(...([state, { ...change, part }] as ComposerStateReducerArgs)) as ComposerParts[P]['state']) : change.changes;
  };
}
