import { COMMIT, CONDITION, CUE, DEAL, DIRECT, PORTION, SEND, TO_ME } from './paymentCues.js';
import { withinReach, type WordHit } from './wordTrie.js';

/**
 * A share of the price sent straight to the speaker, the way a request is framed around an offer
 * that is not accepted yet ("I'll accept once you send half directly to me", "setengahnya dibayar
 * langsung ke saya", "آدھی رقم سیدھی مجھے", "私下打一半款给我"):
 * - a share of the price ("half") and a way out of the platform ("off the site", "私下");
 * - a way out right by the speaker as receiver ("directly to me", "a mí directo", "direkt bana"),
 *   with money or a share in the sentence;
 * - a condition on accepting or confirming ("before I accept", "jab … bhejoge", "I'll confirm once") and money sent to the speaker
 *   ("pay me", "mujhe bhejoge"), or a share sent ("kabul etmeden önce yarısını gönder"): before the
 *   offer is accepted nothing can be paid through it;
 * - the rest of the price sent to the speaker ("mấy đợt còn lại chuyển khoản cho mình").
 * Nothing here is a word list: the three labels come from `lexicon/<lang>/paymentFrames.ts`.
 * Returns the hits that carry the request, or none. `live` are the sentence's cues no negation
 * cancels; the caller has already left out one's own business, the platform's own payment (its
 * clauses are not live) and warnings.
 */

// Between a way out and the speaker: "directly to me", "langsung ke saya", "direkt bana" (a space, a comma).
const TO_ME_GAP = 6;
// Between money and the speaker receiving it: "pay me", "mujhe bhejoge", "send the deposit to me".
const PAID_TO_ME_GAP = 16;
// "me", "mi": a clitic that may be the payer as well ("me cobraron", "mi hanno addebitato").
const CLITIC = 2;

export function directShare<Hit extends WordHit>(live: readonly Hit[]): Hit[] {
  const portions = live.filter((hit) => hit.label === PORTION);
  const toMe = live.filter((hit) => hit.label === TO_ME);
  if (portions.length === 0 && toMe.length === 0) return [];
  const ways = live.filter((hit) => hit.tags & CUE.outside);
  const strongWays = ways.filter((hit) => hit.label !== DIRECT);
  // Money that is not the platform's fee: "pay", "the deposit", "the rest", "cash", or a share of it.
  const money = live.filter((hit) => (hit.tags & (CUE.pay | CUE.rest | CUE.cash) && !(hit.tags & CUE.fee)) || hit.label === PORTION);
  if (portions.length > 0 && strongWays.length > 0) return sorted([...portions, ...strongWays]);
  const straight = toMe.flatMap((me) => ways.filter((way) => way !== me && withinReach(way, me, TO_ME_GAP)).map((way) => [way, me]));
  const others = money.filter((hit) => !straight.some((pair) => pair.includes(hit)));
  if (straight.length > 0 && others.length > 0) return sorted([...straight.flat(), ...others]);
  // Money sent to the speaker is a request before the offer is accepted, or for the rest of the price.
  // Closing the deal ("chốt", "do the deal") commits like confirming.
  const accepting = live.some((hit) => hit.tags & CUE.accept || hit.label === COMMIT || hit.label === DEAL) && live.some((hit) => hit.label === CONDITION);
  const rest = live.filter((hit) => hit.tags & CUE.rest);
  // Without a way out, a sentence that names the platform is about its own process: "te confirmo cuando la plataforma me avise del pago".
  if ((!accepting && rest.length === 0) || live.some((hit) => hit.tags & CUE.venue)) return [];
  const paying = money.filter((hit) => hit.tags & CUE.pay || hit.label === PORTION);
  // For the rest alone, the speaker after the money or in a word of its own: "me cobraron el hito" was charged.
  const receives = (pay: Hit, me: Hit) => accepting || me.from >= pay.to || me.to - me.from > CLITIC;
  // "Before accepting, send half": a share and sending, on a condition of accepting.
  if (accepting && portions.length > 0 && live.some((hit) => hit.label === SEND || (hit.tags & CUE.pay && !(hit.tags & CUE.fee)))) {
    return sorted([...portions, ...live.filter((hit) => hit.label === SEND || hit.tags & CUE.pay)]);
  }
  const paidToMe = paying.flatMap((pay) =>
    toMe.filter((me) => me !== pay && withinReach(pay, me, PAID_TO_ME_GAP) && receives(pay, me)).map((me) => [pay, me]),
  );
  return paidToMe.length > 0 ? sorted([...paidToMe.flat(), ...rest]) : [];
}

function sorted<Hit extends WordHit>(hits: readonly Hit[]): Hit[] {
  return [...new Set(hits)].sort((a, b) => a.from - b.from);
}
