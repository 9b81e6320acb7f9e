import { CUE, DEAL, DIRECT } from './paymentCues.js';
import type { WordHit } from './wordTrie.js';

/**
 * A bare "outside" or "directly" (`DIRECT`) leaves the platform only beside money: "pay me
 * directly", "outside payment", "pagar por fuera". Alone it is a place or a manner: "drop it off
 * outside at 5", "leave it outside the garage, gate code 4471", "ich komme direkt nach der Arbeit".
 * The platform or the deal named by it makes it one too: "di luar platform", "bahar deal karo".
 * The longer ways out ("outside the platform", "without the app") are not `DIRECT` and always count.
 */

// Words of money a bare way out must stand by. Not a voucher or a discount: "gate code", "drop it off".
const MONEY = CUE.pay | CUE.rest | CUE.fee | CUE.cash | CUE.rail | CUE.railWeak | CUE.details | CUE.crypto | CUE.coin | CUE.gift | CUE.accept | CUE.friends | CUE.account;
// Characters between the way out and the money word: "pay me directly", "send the rest directly to".
const MONEY_REACH = 16;

/** True when `hit` is a bare way out with no money word close by among `hits` (its sentence's). */
export function isBareWayOut(hit: WordHit, hits: readonly WordHit[]): boolean {
  if (hit.label !== DIRECT) return false;
  return !hits.some((other) => other !== hit && (other.tags & (MONEY | CUE.venue) || other.label === DEAL) && !(other.tags & CUE.outside) && Math.max(other.from, hit.from) - Math.min(other.to, hit.to) <= MONEY_REACH);
}
