import { type HTMLAttributes, type KeyboardEvent, type RefObject, useCallback, useId } from 'react';
import type { PolicyViolation } from '../core/policy/policyTypes.js';
import { mergeProps } from '../utils/mergeProps.js';
import { type SteeringReducer, useSteeredReducer } from '../utils/useSteeredReducer.js';
import { findingKey } from './composerVerdict.js';
import { FINDING_POPOVER_ACTIONS, type FindingPopoverAction, findingPopoverReducer, type FindingPopoverState } from './findingPopoverReducer.js';
import type { PropGetter } from './propGetter.js';

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

/**
 * Which finding's popover is open (`findingPopoverReducer`, steered by `stateReducer`). It follows
 * the finding through edits elsewhere (by kind and text, nearest place) and closes when the finding
 * is gone.
 */
export function useFindingPopover(
  violations: readonly PolicyViolation[],
  textareaRef: RefObject<HTMLTextAreaElement | null>,
  stateReducer?: SteeringReducer<FindingPopoverState, FindingPopoverAction>,
): FindingPopover {
  const [active, apply] = useSteeredReducer(findingPopoverReducer, undefined, stateReducer);
  const popoverId = useId();
  const titleId = useId();

  const violation = active
    ? violations
        .filter((candidate) => findingKey(candidate.match) === active.key)
        .sort((a, b) => Math.abs(a.match.start - active.start) - Math.abs(b.match.start - active.start))[0]
    : undefined;

  const openAt = useCallback(
    (caret: number) => {
      const under = violations.find(({ match }) => caret >= match.start && caret <= match.end);
      apply(under ? { type: FINDING_POPOVER_ACTIONS.opened, key: findingKey(under.match), start: under.match.start } : { type: FINDING_POPOVER_ACTIONS.closed });
    },
    [apply, violations],
  );
  const close = useCallback(() => void apply({ type: FINDING_POPOVER_ACTIONS.closed }), [apply]);

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
