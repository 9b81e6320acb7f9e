import type { PolicyViolation } from './policy/policyTypes.js';
import type { ContactMatch } from './types.js';

/** A run of a text: plain, or flagged with its finding (and the violation, when the policy objects). */
export interface TextSegment {
  text: string;
  /** UTF-16 offset into the text, inclusive. */
  start: number;
  /** UTF-16 offset into the text, exclusive. */
  end: number;
  /** The finding this run is, when it is flagged. */
  match?: ContactMatch;
  /** Why the policy objects to it (absent when the finding is allowed now). */
  violation?: PolicyViolation;
}

const spanKey = (span: { start: number; end: number }) => `${span.start}:${span.end}`;

/**
 * Splits `text` into plain and flagged runs, in order, covering every character exactly once
 * (joining the runs' `text` gives `text` back). Matches that overlap an earlier one, fall outside
 * the text or no longer fit it (a stale match after an edit) are skipped rather than misplaced.
 *
 * @example
 * ```ts
 * const verdict = checkMessage('call +1 917 442 0188 now', { contractState: 'none' });
 * splitIntoSegments('call +1 917 442 0188 now', verdict.matches, verdict.violations);
 * // [{ text: 'call ' }, { text: '+1 917 442 0188', match: { kind: 'phone', … }, violation: { rule: 'no-phone-before-contract', … } }, { text: ' now' }]
 * ```
 *
 * @group Display
 */
export function splitIntoSegments(
  text: string,
  matches: readonly ContactMatch[],
  violations: readonly PolicyViolation[] = [],
): TextSegment[] {
  const byPosition = new Map<string, PolicyViolation>();
  for (const violation of violations) {
    if (!byPosition.has(spanKey(violation.match))) byPosition.set(spanKey(violation.match), violation);
  }
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const match of [...matches].sort((a, b) => a.start - b.start)) {
    const fits = match.start >= cursor && match.end > match.start && match.end <= text.length;
    if (!fits || text.slice(match.start, match.end) !== match.text) continue;
    if (match.start > cursor) segments.push({ text: text.slice(cursor, match.start), start: cursor, end: match.start });
    const violation = byPosition.get(spanKey(match));
    segments.push({ text: match.text, start: match.start, end: match.end, match, ...(violation ? { violation } : {}) });
    cursor = match.end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor), start: cursor, end: text.length });
  return segments;
}

export interface RemoveSpansOptions {
  /** Put in place of each span. With the default, the spaces around each hole are tidied. @default '' */
  replacement?: string;
  /** The caret (or selection end) in `text`, to be carried over the edit. @default the first edit's position */
  caret?: number;
}

export interface RemoveSpansResult {
  text: string;
  /** Where the caret belongs in the new text. */
  caret: number;
}

// A hole needs no space before it when what follows is a space, closing punctuation or the end.
const NEEDS_NO_SPACE_BEFORE = /^(?:$|[\s.,;:!?)\]}])/;
const isBlank = (char: string | undefined) => char === ' ' || char === '\t';

interface Edit {
  from: number;
  to: number;
  newFrom: number;
  newTo: number;
}

/**
 * Removes (or replaces) the given spans of `text`, keeping everything else. Removing leaves no
 * double spaces, no space before punctuation and no blank at the start of a line:
 * `"call me on ana@mail.co, thanks"` → `"call me on, thanks"`. The caret keeps its place relative to
 * the text around it; a caret inside a removed span lands where the span was.
 *
 * @param text - the text to edit.
 * @param spans - the spans to remove, in any order.
 * @param options - `replacement` for each span (default: nothing) and the `caret` to carry over.
 *
 * @example
 * ```ts
 * removeSpans('call me on ana@mail.co, thanks', [{ start: 11, end: 22 }]);
 * // { text: 'call me on, thanks', caret: 10 }
 * ```
 *
 * @group Display
 */
export function removeSpans(
  text: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
  { replacement = '', caret }: RemoveSpansOptions = {},
): RemoveSpansResult {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const edits: Edit[] = [];
  let result = '';
  let cursor = 0;
  for (const span of sorted) {
    if (span.start < cursor || span.end <= span.start || span.end > text.length) continue;
    let from = span.start;
    let to = span.end;
    if (replacement === '') {
      if (NEEDS_NO_SPACE_BEFORE.test(text.slice(to, to + 1))) {
        while (from > cursor && isBlank(text[from - 1])) from -= 1;
      }
      const lastKept = from > cursor ? text[from - 1] : result[result.length - 1];
      if (lastKept === undefined || lastKept === '\n') {
        while (to < text.length && isBlank(text[to])) to += 1;
      }
    }
    result += text.slice(cursor, from);
    edits.push({ from, to, newFrom: result.length, newTo: result.length + replacement.length });
    result += replacement;
    cursor = to;
  }
  result += text.slice(cursor);
  return { text: result, caret: mapCaret(edits, caret, result.length) };
}

function mapCaret(edits: readonly Edit[], caret: number | undefined, length: number): number {
  if (caret === undefined) return edits[0]?.newTo ?? length;
  let shift = 0;
  for (const edit of edits) {
    if (caret <= edit.from) break;
    if (caret < edit.to) return edit.newTo;
    shift += edit.newTo - edit.newFrom - (edit.to - edit.from);
  }
  return Math.min(length, Math.max(0, caret + shift));
}
