import { CUE, SEND } from './paymentCues.js';
import type { WordHit } from './wordTrie.js';

/**
 * A bank or wallet named with an account word, and money sent or put into it: the receiving
 * account ("wire it to my Chase acct", "mere SBI account me daal do", "میزان بینک اکاؤنٹ میں ڈال
 * دو", "ingrésalo en mi cuenta del Santander"). Only a genitive or a short word may stand between
 * the name and the account, in either order. Without money moving the account is only talked
 * about: "my PayPal account got suspended". Returns the rail, the account and the sending, or none.
 */

// "Chase acct", "cuenta del Santander", "konto w mBanku", "Sparkassen-Konto": spaces, a hyphen, one short word.
const NAME_GAP = /^[\s\p{P}]{0,3}(?:[\p{L}\p{M}]{1,4}[\s\p{P}]{1,3})?$/u;

export function railAccount<Hit extends WordHit>(sentenceText: string, sentenceFrom: number, live: readonly Hit[]): Hit[] {
  const rails = live.filter((hit) => hit.tags & (CUE.rail | CUE.railWeak));
  if (rails.length === 0 || live.some((hit) => hit.tags & CUE.fee)) return [];
  const sending = live.filter((hit) => hit.label === SEND || (hit.tags & CUE.pay && !(hit.tags & CUE.fee)));
  if (sending.length === 0) return [];
  const between = (a: Hit, b: Hit) => sentenceText.slice((a.to <= b.from ? a.to : b.to) - sentenceFrom, (a.to <= b.from ? b.from : a.from) - sentenceFrom);
  for (const rail of rails) {
    const account = live.find((hit) => hit !== rail && hit.tags & CUE.account && (hit.from >= rail.to || hit.to <= rail.from) && NAME_GAP.test(between(rail, hit)));
    if (account) return [rail, account, ...sending.filter((hit) => hit !== rail && hit !== account)];
  }
  return [];
}
