import { CUE } from './paymentCues.js';
import type { WordHit } from './wordTrie.js';

/**
 * A card or code named before its store, the order of Romance languages, Arabic and Vietnamese
 * ("una carta Amazon", "tarjeta de Steam", "كارت جوجل بلاي", "بكود ستيم", "thẻ Garena"): a gift
 * card, as "steam code" is (the store first is read in `namedDetails`). Only a genitive may stand
 * between them: "pagué con tarjeta en Amazon" paid at the store. An account word ("cuenta",
 * "carta") needs paying or asking in the sentence: "mi cuenta de Amazon está bloqueada" is a login.
 * Not a gift card one was given ("a birthday card from Amazon"). Returns the card and the store, or none.
 */

// Nothing but spaces, or one genitive word: "de", "di", "of", "của".
const GENITIVE_GAP = /^[\s:]{0,3}(?:(?:de|di|da|del|della|do|du|of|von|của)\s{1,3})?$/iu;

export function storeAfterCard<Hit extends WordHit>(sentenceText: string, sentenceFrom: number, live: readonly Hit[]): Hit[] {
  const stores = live.filter((hit) => hit.tags & CUE.store);
  if (stores.length === 0 || live.some((hit) => hit.tags & CUE.gifted)) return [];
  const paying = live.some((hit) => hit.tags & (CUE.pay | CUE.accept | CUE.ask) && !(hit.tags & CUE.fee));
  for (const card of live) {
    if (!(card.tags & CUE.voucher || (paying && card.tags & CUE.account))) continue;
    const store = stores.find((hit) => hit.from >= card.to && GENITIVE_GAP.test(sentenceText.slice(card.to - sentenceFrom, hit.from - sentenceFrom)));
    if (store) return [card, store];
  }
  return [];
}
