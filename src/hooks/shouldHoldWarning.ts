import type { CheckMessageResult } from '../core/policy/policyTypes.js';

/** How far past a fresh warning's finding the caret may be while it is held, in UTF-16 units. */
export const HOLD_WARNING_CHARS = 48;

export interface HoldWarningInput {
  /** The verdict of the text as typed. */
  verdict: CheckMessageResult;
  /** The decision shown just before this text. */
  shownDecision: CheckMessageResult['decision'];
  /** The draft as typed. */
  text: string;
  /** Where the caret is (selection end); undefined when unknown. */
  caret: number | undefined;
  /** The text changed by typing (not by code) and typing has not paused since. */
  typing: boolean;
}

const SENTENCE_END = /[.!?\n]/;

/**
 * Whether to keep a warning that has only just appeared off screen for now: the person is still
 * typing right after its finding, so the next words may turn it into a block ("sure, text me on"
 * becomes a phone number) or into nothing. Blocks are never held, nor a warning already shown, nor
 * one once the sentence ends, the caret moves away or typing pauses. Sending re-checks anyway.
 */
export function shouldHoldWarning({ verdict, shownDecision, text, caret, typing }: HoldWarningInput): boolean {
  if (!typing || caret === undefined || verdict.decision !== 'warn' || shownDecision !== 'allow') return false;
  return verdict.violations.some(
    ({ match }) => caret >= match.start && caret - match.end <= HOLD_WARNING_CHARS && !SENTENCE_END.test(text.slice(match.end, caret)),
  );
}
