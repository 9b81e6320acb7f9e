import { CUE } from './paymentCues.js';
import { withinReach, type WordHit } from './wordTrie.js';

/**
 * Paying through the platform, waved off or refused: "no need to pay in the app", "don't pay on
 * the platform", "nicht in der App bezahlen", "ऐप में पे करने की ज़रूरत नहीं", "不用在app上付",
 * "if we don't go through the site". It leaves the platform as "outside the app" does: beside
 * money elsewhere in the sentence ("leave the money under the mat, no need to pay in the app",
 * "give the cash to the courier, don't pay on the platform") or a fee ("if we don't go through the
 * site we don't pay the commission") it is a request; alone ("don't pay in the app yet") it asks
 * for nothing, since the paying word it refuses is cancelled by the same negation.
 * A platform word ("through the site", "在平台上付") says paying by itself; a bare platform noun
 * ("the app", "приложении") says it only with a paying word right by it.
 * Returns the platform words refused. `refusals` are the negations and avoiding words of the text.
 */

// Between a paying word and the platform noun: "pagar en la app", "über die App zahlen", "アプリで払".
const PAY_GAP = 8;
// Between the negation and the paying: "no need to pay", "करने की ज़रूरत नहीं", "don't go through the site".
const REFUSAL_GAP = 12;
// Longer than any negation or avoiding word of the lexicon ("no hace falta", "ज़रूरत नहीं"), or a Turkish negated verb.
const LONGEST_WORD = 40;

export function refusedPlatform<Hit extends WordHit>(hits: readonly Hit[], refusals: readonly WordHit[], sameClause: (a: WordHit, b: WordHit) => boolean): Hit[] {
  if (refusals.length === 0) return [];
  // Sorted once and searched, so a long paste of cue words stays linear-ish (hits are sorted already).
  const sorted = [...refusals].sort((a, b) => a.from - b.from);
  const refused = (part: WordHit) => {
    for (let index = firstEndingAfter(sorted, part.from - REFUSAL_GAP); index < sorted.length && sorted[index]!.from <= part.to + REFUSAL_GAP; index += 1) {
      const no = sorted[index]!;
      if (no !== part && withinReach(no, part, REFUSAL_GAP) && sameClause(no, part)) return true;
    }
    return false;
  };
  return hits.filter((hit, at) => {
    if (hit.tags & CUE.platform) return refused(hit);
    if (!(hit.tags & CUE.venue) || hit.tags & CUE.outside) return false;
    const paidThere = (pay: Hit) => pay.tags & CUE.pay && !(pay.tags & CUE.fee) && sameClause(pay, hit) && (refused(pay) || refused(hit));
    for (let index = at - 1; index >= 0 && hits[index]!.to >= hit.from - PAY_GAP; index -= 1) if (withinReach(hits[index]!, hit, PAY_GAP) && paidThere(hits[index]!)) return true;
    for (let index = at + 1; index < hits.length && hits[index]!.from <= hit.to + PAY_GAP; index += 1) if (withinReach(hits[index]!, hit, PAY_GAP) && paidThere(hits[index]!)) return true;
    return false;
  });
}

/** Index of the first of `sorted` (by start) that may end at or after `offset`: words are short, so starting a little earlier is enough. */
function firstEndingAfter(sorted: readonly WordHit[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  // No cue word is longer than this many characters.
  const from = offset - LONGEST_WORD;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.from < from) low = middle + 1;
    else high = middle;
  }
  return low;
}
