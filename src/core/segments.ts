import type { PolicyViolation } from './policy/policyTypes.js';
import type { ContactMatch } from './types.js';

/** A run of a text: plain, or flagged with the finding (and the violation, when the policy objects). */
export interface TextSegment {
  text: string;
  start: number;
  end: number;
  match?: ContactMatch;
  violation?: PolicyViolation;
}

/**
 * Splits `text` into plain and flagged runs, in order, covering every character once. Matches
 * are expected sorted and disjoint (as the detector returns them); others are skipped.
 */
export function splitIntoSegments(
  text: string,
  matches: readonly ContactMatch[],
  violations: readonly PolicyViolation[] = [],
): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const match of matches) {
    if (match.start < cursor || match.end > text.length || text.slice(match.start, match.end) !== match.text) continue;
    if (match.start > cursor) segments.push({ text: text.slice(cursor, match.start), start: cursor, end: match.start });
    const violation = violations.find((candidate) => candidate.match === match || (candidate.match.start === match.start && candidate.match.end === match.end));
    segments.push({ text: match.text, start: match.start, end: match.end, match, ...(violation ? { violation } : {}) });
    cursor = match.end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor), start: cursor, end: text.length });
  return segments;
}

/**
 * Removes the given spans from `text`, tidying the spaces left behind. Returns the new text and
 * where the first removal happened (a sensible caret position).
 */
export function removeSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>, replacement = ''): { text: string; caret: number } {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let result = '';
  let cursor = 0;
  let caret = -1;
  for (const span of sorted) {
    if (span.start < cursor) continue;
    let before = text.slice(cursor, span.start);
    // "call me on  please" → "call me on please": drop one of the spaces around the hole.
    if (replacement === '' && /[ \t]$/.test(before) && /^[ \t]/.test(text.slice(span.end))) before = before.slice(0, -1);
    result += before;
    if (caret === -1) caret = result.length;
    result += replacement;
    cursor = span.end;
  }
  result += text.slice(cursor);
  return { text: result, caret: caret === -1 ? result.length : caret };
}
