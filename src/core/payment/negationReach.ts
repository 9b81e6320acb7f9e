/**
 * How far after itself a negation cancels cue words. A negation that opens its clause negates the
 * whole clause, as imperatives do in verb-first and verb-second languages: "wag mo na akong
 * padalhan ng tip sa Maya", "please don't send me anything on cashapp or venmo", "nie wysyłaj mi
 * napiwku na BLIK". Elsewhere it reaches the few words after it ("…, but don't pay me on…").
 */

const NEAR_REACH = 30;
const CLAUSE_REACH = 70;
// Before a clause-opening negation: punctuation, emoji and at most one short word ("please", "bhai", "kak", "pls").
const OPENING = /^[\s\p{P}\p{S}]*(?:[\p{L}\p{M}]{1,6}[\s\p{P}\p{S}]+)?$/u;

/** The last offset a negation at [from, to) reaches, in a clause that starts at `clauseFrom`. */
export function negationReach(text: string, from: number, to: number, clauseFrom: number): number {
  return to + (from - clauseFrom <= 12 && OPENING.test(text.slice(clauseFrom, from)) ? CLAUSE_REACH : NEAR_REACH);
}
