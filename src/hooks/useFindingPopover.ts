import { type HTMLAttributes, type KeyboardEvent, type RefObject, useCallback, useId, useState } from 'react';
import type { PolicyViolation } from '../core/policy/policyTypes.js';
import { mergeProps } from '../utils/mergeProps.js';
import { useControllableState } from '../utils/useControllableState.js';
import { useLatest } from '../utils/useLatest.js';
import type { SteeringReducer } from '../utils/useSteeredReducer.js';
import { findingKey } from './composerVerdict.js';
import { FINDING_POPOVER_ACTIONS, type FindingPopoverAction, findingPopoverReducer, type FindingPopoverState } from './findingPopoverReducer.js';
import type { PropGetter } from './propGetter.js';

export interface UseFindingPopoverOptions {
  /** The findings of the draft as shown. */
  violations: readonly PolicyViolation[];
  /** Escape in the popover gives focus back to the text. */
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  /** Whether a finding's popover shows (controlled). Opened with no finding chosen, it shows the first one. */
  open?: boolean | undefined;
  /** Whether a finding's popover shows at first (uncontrolled). @default false */
  defaultOpen?: boolean | undefined;
  /** Called with the new open state when an action opens or closes the popover. */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** Steers the transitions (`findingPopoverReducer`); it sees the state as shown. */
  stateReducer?: SteeringReducer<FindingPopoverState, FindingPopoverAction> | undefined;
}

export interface FindingPopover {
  /** The finding whose popover is open, as it stands in the current draft; undefined when closed. */
  violation: PolicyViolation | undefined;
  /** Opens the popover of the finding under `caret` (a UTF-16 offset), or closes it when there is none. */
  openAt: (caret: number) => void;
  close: () => void;
  /**
   * Props for the popover: `id` (the textarea's `aria-describedby` points at it while open), a
   * non-modal `role="dialog"` named by its title, and Escape, which closes it and returns to the text.
   */
  getPopoverProps: PropGetter<HTMLAttributes<HTMLElement>, HTMLElement>;
  /** Props for the popover's title (its `id`). */
  getTitleProps: PropGetter<HTMLAttributes<HTMLElement>, HTMLElement>;
  popoverId: string;
}

const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/** A finding's popover opens where the person puts the caret by hand (not while typing). */
export const opensFindingPopover = (event: KeyboardEvent<HTMLTextAreaElement>) => NAVIGATION_KEYS.has(event.key) && !event.shiftKey;

/** The finding a target points at in the current draft: same kind and text, the nearest place. */
function locate(violations: readonly PolicyViolation[], target: NonNullable<FindingPopoverState>): PolicyViolation | undefined {
  return violations
    .filter((candidate) => findingKey(candidate.match) === target.key)
    .sort((a, b) => Math.abs(a.match.start - target.start) - Math.abs(b.match.start - target.start))[0];
}

const sameTarget = (a: FindingPopoverState, b: FindingPopoverState) => a === b || (a !== undefined && b !== undefined && a.key === b.key && a.start === b.start);

/**
 * Which finding's popover is open (`findingPopoverReducer`, steered by `stateReducer`), with the
 * open state controllable (`open` / `defaultOpen` / `onOpenChange`, as Radix's popovers). It
 * follows the finding through edits elsewhere (by kind and text, nearest place) and closes when
 * the finding is gone.
 */
export function useFindingPopover({ violations, textareaRef, open: controlledOpen, defaultOpen = false, onOpenChange, stateReducer }: UseFindingPopoverOptions): FindingPopover {
  // The finding last aimed at; the open state lives apart, so a parent can hold it.
  const [target, setTarget] = useState<FindingPopoverState>(undefined);
  const [open, setOpen] = useControllableState({ value: controlledOpen, defaultValue: defaultOpen, onChange: onOpenChange, name: 'useMessageComposer (findingOpen)' });
  const popoverId = useId();
  const titleId = useId();

  const violation = !open ? undefined : target ? locate(violations, target) : violations[0];
  const state: FindingPopoverState = violation && { key: findingKey(violation.match), start: violation.match.start };
  // The state actions start from: set by each dispatch at once, so two in one tick see each other.
  const stateRef = useLatest(state);
  const steerRef = useLatest(stateReducer);

  const dispatch = useCallback(
    (action: FindingPopoverAction) => {
      const current = stateRef.current;
      const changes = findingPopoverReducer(current, action);
      const next = steerRef.current ? steerRef.current(current, { ...action, changes }) : changes;
      // A close always goes through: the popover may be open on a finding that has since gone.
      if (next !== undefined && sameTarget(next, current)) return;
      stateRef.current = next;
      setTarget(next);
      setOpen(next !== undefined);
    },
    [setOpen, stateRef, steerRef],
  );

  const openAt = useCallback(
    (caret: number) => {
      const under = violations.find(({ match }) => caret >= match.start && caret <= match.end);
      dispatch(under ? { type: FINDING_POPOVER_ACTIONS.opened, key: findingKey(under.match), start: under.match.start } : { type: FINDING_POPOVER_ACTIONS.closed });
    },
    [dispatch, violations],
  );
  const close = useCallback(() => dispatch({ type: FINDING_POPOVER_ACTIONS.closed }), [dispatch]);

  const getPopoverProps: FindingPopover['getPopoverProps'] = (props) =>
    mergeProps(
      {
        id: popoverId,
        role: 'dialog',
        'aria-modal': false,
        'aria-labelledby': titleId,
        onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          close();
          textareaRef.current?.focus();
        },
      },
      props,
      ['id'],
    );
  const getTitleProps: FindingPopover['getTitleProps'] = (props) => mergeProps({ id: titleId }, props, ['id']);

  return { violation, openAt, close, getPopoverProps, getTitleProps, popoverId };
}
