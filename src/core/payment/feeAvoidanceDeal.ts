import { CUE, DEAL, DIRECT } from './paymentCues.js';
import type { WordHit } from './wordTrie.js';

/**
 * Fee avoidance that names neither money nor the fee: a way out of the platform ("off the
 * books", "without the app", "hors site", "ऐप के बिना") next to
 * - doing the deal or the work ("let's settle it between us", "zróbmy już bez aplikacji",
 *   "giao dịch ngoài sàn"), or
 * - a price cut with an amount ("knock off 15 if we do it off the books", "site dışında olursa
 *   50 lira indiririm").
 * Returns the hits that carry the request (the way out and its partners), or none. The caller
 * has already dropped negated cues, one's own business, the platform's own payment and warnings.
 */
// An amount in any script: "15", "٥٠", "20rb", "500円".
const AMOUNT = /\p{Nd}/u;
// A Latin discount word this short ("off") is also a preposition: "drop off outside at 5".
const SHORT_LATIN = /^[a-z]{1,3}$/i;

export function feeAvoidanceDeal<Hit extends WordHit>(sentenceText: string, sentenceFrom: number, live: readonly Hit[]): Hit[] {
  const ways = live.filter((hit) => hit.tags & CUE.outside && hit.label !== DIRECT);
  if (ways.length === 0) return [];
  // A deal word that is itself a way out ("on s'arrange") needs another partner.
  const deals = live.filter((hit) => hit.label === DEAL && !(hit.tags & CUE.outside));
  const cuts = AMOUNT.test(sentenceText)
    ? live.filter((hit) => hit.tags & CUE.discount && !(hit.tags & CUE.outside) && !SHORT_LATIN.test(sentenceText.slice(hit.from - sentenceFrom, hit.to - sentenceFrom)))
    : [];
  if (deals.length === 0 && cuts.length === 0) return [];
  return [...ways, ...deals, ...cuts].sort((a, b) => a.from - b.from);
}
