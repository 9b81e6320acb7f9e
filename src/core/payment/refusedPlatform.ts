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

export function refusedPlatform<Hit extends WordHit>(hits: readonly Hit[], refusals: readonly WordHit[], sameClause: (a: WordHit, b: WordHit) => boolean): Hit[] {
  if (refusals.length === 0) return [];
  const refused = (part: WordHit) => refusals.some((no) => no !== part && withinReach(no, part, REFUSAL_GAP) && sameClause(no, part));
  return hits.filter((hit) => {
    if (hit.tags & CUE.platform) return refused(hit);
    if (!(hit.tags & CUE.venue) || hit.tags & CUE.outside) return false;
    return hits.some((pay) => pay.tags & CUE.pay && !(pay.tags & CUE.fee) && withinReach(pay, hit, PAY_GAP) && sameClause(pay, hit) && (refused(pay) || refused(hit)));
  });
}
