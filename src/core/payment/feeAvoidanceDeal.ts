import { CUE, DEAL, DIRECT, RULE } from './paymentCues.js';
import { namesPriceCut } from './priceCutWord.js';
import type { WordHit } from './wordTrie.js';

/**
 * Fee avoidance that names neither money nor the fee: a way out of the platform ("off the
 * books", "without the app", "hors site", "ऐप के बिना") next to
 * - doing the deal or the work ("let's settle it between us", "zróbmy już bez aplikacji",
 *   "giao dịch ngoài sàn");
 * - a price cut with an amount ("knock off 15 if we do it off the books", "site dışında olursa
 *   50 lira indiririm");
 * - another way out ("kita atur berdua aja, ga usah lewat situs");
 * - the platform's share, even refused ("tayo-tayo na lang, di na kailangan bigyan ng parte yung
 *   app", "facciamo in nero, così non regaliamo niente a loro"): the refusal is of paying it.
 * Bare "outside" and "directly" (`DIRECT`) are too weak to start one; a sentence about the rule
 * (`RULE`: "against the rules", "违规") is not one.
 * Returns the hits that carry the request, or none. `live` are the sentence's cues no negation
 * cancels; `all` its every cue. The caller has already left out one's own business, the
 * platform's own payment and warnings.
 */
// Punctuation that ends a clause ("between us, …", "ここだけの話、…").
const CLAUSE_BREAK = /[,;:，；：、،—]/;
// An amount in any script: "15", "٥٠", "20rb", "500円".
const AMOUNT = /\p{Nd}/u;
const SHORT_LATIN_TAKE = /^[a-z]{1,4}$/i;
// The platform's share given: a take word, or a paying word next to the platform named.
const SHARE = CUE.take | CUE.pay | CUE.avoid;

export function feeAvoidanceDeal<Hit extends WordHit>(sentenceText: string, sentenceFrom: number, live: readonly Hit[], all: readonly Hit[]): Hit[] {
  const ways = live.filter((hit) => hit.tags & CUE.outside && hit.label !== DIRECT);
  if (ways.length === 0 && !all.some((hit) => hit.tags & CUE.outside && hit.label !== DIRECT)) return [];
  // "私下交易是违规的", "deals off the app get you banned": talk about the rule.
  if (all.some((hit) => hit.label === RULE)) return [];
  const textOf = (hit: Hit) => sentenceText.slice(hit.from - sentenceFrom, hit.to - sentenceFrom).toLowerCase();
  // A deal word that is itself a way out ("on s'arrange") needs another partner.
  // The deal and the price cut belong to the way out's own clause: "between us, the job was hard" confides, it does not deal.
  // Once a way out is named, a bare "directly" stands for it in its own clause: "next time rent it from me directly, without the app".
  const anchors = ways.length > 0 ? [...ways, ...live.filter((hit) => hit.label === DIRECT)] : ways;
  const sameClause = (hit: Hit) =>
    anchors.some((way) => !CLAUSE_BREAK.test(way.to <= hit.from ? sentenceText.slice(way.to - sentenceFrom, hit.from - sentenceFrom) : sentenceText.slice(hit.to - sentenceFrom, way.from - sentenceFrom)));
  const deals = live.filter((hit) => hit.label === DEAL && !(hit.tags & CUE.outside) && sameClause(hit));
  const cuts = AMOUNT.test(sentenceText) ? live.filter((hit) => hit.tags & CUE.discount && !(hit.tags & CUE.outside) && namesPriceCut(textOf(hit)) && sameClause(hit)) : [];
  const otherWays = new Set(ways.map(textOf)).size > 1 ? ways : [];
  const outside = (hit: Hit) => !(hit.tags & CUE.outside);
  // The platform named, or its share taken: a short take word is a common word of another language (Portuguese "come").
  const named = all.some((hit) => outside(hit) && (hit.tags & CUE.venue || (hit.tags & CUE.take && !SHORT_LATIN_TAKE.test(textOf(hit)))));
  const shares = named ? all.filter((hit) => hit.tags & SHARE && outside(hit)) : [];
  // A refused share refuses paying it, not the way out before it ("hagámoslo en negro y no le damos nada a la plataforma"):
  // a way out then counts unless a negation comes before it in the sentence ("I don't take payment outside the platform").
  const negations = all.filter((hit) => hit.tags & CUE.negation);
  const refusedWays =
    shares.length > 0
      ? all.filter((hit) => hit.tags & CUE.outside && hit.label !== DIRECT && !negations.some((no) => no.from < hit.from))
      : [];
  const partners = [...deals, ...cuts, ...otherWays, ...shares];
  if (partners.length === 0 || ways.length + refusedWays.length === 0) return [];
  if (ways.length === 0 && shares.length === 0) return [];
  return [...new Set([...ways, ...refusedWays, ...partners])].sort((a, b) => a.from - b.from);
}
