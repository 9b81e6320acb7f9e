import type { PolicyViolation } from './policy/policyTypes.js';
import type { ContactMatch } from './types.js';

export interface Findings {
  matches: ContactMatch[];
  violations: PolicyViolation[];
}

/**
 * Moves findings made on `before` onto `after`, the same text after one edit (found as the longest
 * common start and end): findings before the edit stay, findings after it shift by the change in
 * length, findings the edit touches are dropped. A highlight layer can show this while the new
 * text waits for its own check, instead of losing every mark behind the caret.
 *
 * @param before - the text the findings were made on.
 * @param after - the same text after one edit.
 * @param findings - the `matches` and `violations` found in `before`.
 *
 * @example
 * ```ts
 * const before = 'call 0612 345 678';
 * const findings = checkMessage(before, { contractState: 'none', detector: createDetector({ defaultCountry: 'NL' }) });
 * findingsAfterEdit(before, 'ok, call 0612 345 678', findings).matches[0]; // { start: 9, end: 21, … }: moved with the edit
 * ```
 *
 * @group Display
 */
export function findingsAfterEdit(before: string, after: string, { matches, violations }: Findings): Findings {
  if (before === after) return { matches, violations };
  const shortest = Math.min(before.length, after.length);
  let head = 0;
  while (head < shortest && before.charCodeAt(head) === after.charCodeAt(head)) head += 1;
  let tail = 0;
  while (tail < shortest - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail += 1;
  const editEnd = before.length - tail;
  const shift = after.length - before.length;

  // Untouched by the edit: before it, or after it (shifted). Touched: gone until the next check.
  const move = (match: ContactMatch): ContactMatch | undefined => {
    if (match.end <= head || (match.start >= editEnd && shift === 0)) return match;
    if (match.start >= editEnd) return { ...match, start: match.start + shift, end: match.end + shift };
    return undefined;
  };
  return {
    matches: matches.flatMap((match) => move(match) ?? []),
    violations: violations.flatMap((violation) => {
      const match = move(violation.match);
      if (!match) return [];
      return match === violation.match ? [violation] : [{ ...violation, match }];
    }),
  };
}
