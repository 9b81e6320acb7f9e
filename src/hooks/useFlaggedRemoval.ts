import { type RefObject, useCallback } from 'react';
import type { CheckMessageResult, PolicyViolation } from '../core/policy/policyTypes.js';
import { removeWithCues } from '../core/removal/removeWithCues.js';
import { removeSpans } from '../core/segments.js';
import { replaceTextUndoably, undoNatively } from '../utils/replaceTextUndoably.js';
import { truncateToLength } from '../utils/truncateToLength.js';
import { COMPOSER_ACTIONS, type ComposerAction, type ComposerState } from './composerReducer.js';
import { findingKey } from './composerVerdict.js';

export interface FlaggedRemovalInputs {
  valueRef: RefObject<string>;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  wasFocusedRef: RefObject<boolean>;
  /** Puts the caret here once a value set without the browser's help is on screen. */
  placeCaret: (caret: number) => void;
  /** The verdict the composer acts on (disputes applied) for a text. */
  verdictOf: (text: string) => CheckMessageResult;
  /** Sets the draft as a code change (checked at once). */
  setKnownDraft: (text: string) => void;
  /** Marks a text about to arrive through the textarea's input event as a code change. */
  markKnown: (text: string) => void;
  apply: (action: ComposerAction) => ComposerState;
  stateRef: RefObject<ComposerState>;
  flaggedReplacement: string;
  maxLength: number;
}

/** "Remove" for one finding or all of them, with the cue words that introduced them, and its undo. */
export function useFlaggedRemoval(inputs: FlaggedRemovalInputs) {
  const { valueRef, textareaRef, wasFocusedRef, placeCaret, verdictOf, setKnownDraft, markKnown, apply, stateRef, flaggedReplacement, maxLength } = inputs;

  const replace = useCallback(
    (before: string, after: string, caret: number) => {
      apply({ type: COMPOSER_ACTIONS.flaggedRemoved, before, after });
      markKnown(after);
      // Through the browser's undo stack when it lets us; otherwise set it (the Undo control still works).
      if (replaceTextUndoably(textareaRef.current, after)) return;
      placeCaret(caret);
      setKnownDraft(after);
    },
    [apply, markKnown, placeCaret, setKnownDraft, textareaRef],
  );

  const removeViolations = useCallback(
    (pick: (violation: PolicyViolation) => boolean) => {
      const text = valueRef.current;
      // A finding must still be where it says (a server's refusal may describe another text).
      const violations = verdictOf(text).violations.filter((violation) => text.slice(violation.match.start, violation.match.end) === violation.match.text && pick(violation));
      if (violations.length === 0) return;
      const textarea = textareaRef.current;
      // Keep the caret where the person left it (a blur keeps the selection); a textarea never
      // focused has no such place: the caret goes to the fix.
      const caret = textarea && wasFocusedRef.current && textarea.value === text ? textarea.selectionEnd : undefined;
      const spans = violations.map((violation) => violation.match);
      const result = flaggedReplacement === '' ? removeWithCues(text, spans, { caret }) : removeSpans(text, spans, { caret, replacement: flaggedReplacement });
      replace(text, truncateToLength(result.text, maxLength), result.caret);
    },
    [flaggedReplacement, maxLength, replace, textareaRef, valueRef, verdictOf, wasFocusedRef],
  );

  /** Every finding the policy objects to, except those the person disputed. */
  const removeFlagged = useCallback(() => {
    const { disputed } = stateRef.current;
    removeViolations((violation) => !disputed.includes(findingKey(violation.match)));
  }, [removeViolations, stateRef]);

  /** One finding (found again in the current text by kind, text and place). */
  const removeFinding = useCallback(
    (finding: Pick<PolicyViolation, 'match'>) =>
      removeViolations((violation) => findingKey(violation.match) === findingKey(finding.match) && violation.match.start === finding.match.start),
    [removeViolations],
  );

  /** Puts back the text of the last removal, while the draft is still what the removal left. */
  const undoRemoval = useCallback(() => {
    const { undo } = stateRef.current;
    if (!undo || valueRef.current !== undo.after) return;
    apply({ type: COMPOSER_ACTIONS.removalUndone });
    markKnown(undo.before);
    if (undoNatively(textareaRef.current, undo.after, undo.before)) return;
    placeCaret(undo.before.length);
    setKnownDraft(undo.before);
  }, [apply, markKnown, placeCaret, setKnownDraft, stateRef, textareaRef, valueRef]);

  return { removeFlagged, removeFinding, undoRemoval };
}
