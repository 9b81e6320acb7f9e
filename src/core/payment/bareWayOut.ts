import { CUE, DEAL, DIRECT } from './paymentCues.js';
import { namesPriceCut } from './priceCutWord.js';
import type { WordHit } from './wordTrie.js';

/**
 * A bare "outside" or "directly" (`DIRECT`) leaves the platform only beside money: "pay me
 * directly", "outside payment", "pagar por fuera". Alone it is a place or a manner: "drop it off
 * outside at 5", "leave it outside the garage, gate code 4471", "ich komme direkt nach der Arbeit".
 * The platform or the deal named by it makes it one too: "di luar platform", "bahar deal karo".
 * The longer ways out ("outside the platform", "without the app") are not `DIRECT` and always count.
 */

// Words of money a bare way out must stand by. Not a voucher: "gate code".
const MONEY = CUE.pay | CUE.rest | CUE.fee | CUE.cash | CUE.rail | CUE.railWeak | CUE.details | CUE.crypto | CUE.coin | CUE.gift | CUE.accept | CUE.friends | CUE.account;
// A price cut anywhere in the sentence is money too ("10% menos si lo hacemos por fuera", "cheaper if
// we go direct"). A particle that is also a discount word ("drop it off outside at 5") counts after
// an amount ("20% off", "$30 off").
const AMOUNT_BEFORE = /(?:\p{Nd}\s?[%％٪]|[$€£¥₹₺₽]\s?\p{Nd}+|\p{Nd}\s?(?:[$€£¥₹₺₽]|euros?|dollars?|bucks|quid))\s?$/iu;
// How far back the amount before a particle is read: "20 euros off".
const AMOUNT_REACH = 12;

function isPriceCut(hit: WordHit, sentence: { text: string; from: number }): boolean {
  if (!(hit.tags & CUE.discount)) return false;
  const at = hit.from - sentence.from;
  if (namesPriceCut(sentence.text.slice(at, hit.to - sentence.from))) return true;
  return AMOUNT_BEFORE.test(sentence.text.slice(Math.max(0, at - AMOUNT_REACH), at));
}
// Characters between the way out and the money word: "pay me directly", "send the rest directly to".
const MONEY_REACH = 16;

/** True when `hit` is a bare way out with no money word close by, nor a price cut, in `sentence`. */
export function isBareWayOut(hit: WordHit, sentence: { text: string; from: number; hits: readonly WordHit[] }): boolean {
  if (hit.label !== DIRECT) return false;
  if (sentence.hits.some((other) => isPriceCut(other, sentence))) return false;
  return !sentence.hits.some(
    (other) =>
      other !== hit &&
      (other.tags & (MONEY | CUE.venue) || other.label === DEAL) &&
      !(other.tags & CUE.outside) &&
      Math.max(other.from, hit.from) - Math.min(other.to, hit.to) <= MONEY_REACH,
  );
}
