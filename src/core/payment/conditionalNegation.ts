import { PAYMENT_WORDS } from '../lexicon/paymentWords.js';
import { CUE, languageBit } from './paymentCues.js';
import { createWordTrie, mayShareLanguage, withinReach, type WordHit, type WordTrie } from './wordTrie.js';

/**
 * A negation inside a condition is no refusal: "se não tiver dinheiro aceito cartão Google Play",
 * "إذا ما عندك كاش أقبل كروت جوجل بلاي", "cash nahi hai to redeem code chalega", "ক্যাশ না থাকলে
 * গিফট কার্ড নিই". It says when the offer holds, and cancels nothing. A condition word opens it
 * right before the negation ("if you don't", "se não", "если нет"), or a particle closes it right
 * after, in verb-final languages ("nahi hai to", "না থাকলে", "không có tiền mặt thì"); and the
 * condition names a way to pay by the negation ("cash", "dinheiro", "PayPal"): "if you don't mind,
 * …" is politeness, and its negation still reads the way it did. The words
 * come from `lexicon/<lang>/paymentWords.ts` (`ifBefore`, `ifAfter`) and count in their own
 * language only: Hinglish "to" after a negation is "then", English "to" is not.
 */

// "if you don't", "se não", "إذا ما": the condition word ends this close before the negation.
const OPEN_REACH = 12;
// "nahi hai to", "không có tiền mặt thì": the particle starts this close after it; and the way to
// pay the condition names sits this close to the negation.
const CLOSE_REACH = 16;
// A way to pay, as a condition names it: "cash", "money", a wallet, a card, a coin.
const MEANS = CUE.cash | CUE.pay | CUE.rail | CUE.railWeak | CUE.account | CUE.details | CUE.crypto | CUE.coin;

// The tries hold one kind of word each: any tag will do, but an entry needs one to be found.
const CONDITION_WORD = 1;
let words: { open: WordTrie; close: WordTrie } | undefined;

function conditionWords(): { open: WordTrie; close: WordTrie } {
  if (words) return words;
  const open = createWordTrie();
  const close = createWordTrie();
  for (const [index, table] of PAYMENT_WORDS.entries()) {
    const lang = languageBit(index);
    for (const word of table.ifBefore?.split('|') ?? []) open.add(word, CONDITION_WORD, undefined, lang);
    for (const word of table.ifAfter?.split('|') ?? []) close.add(word, CONDITION_WORD, undefined, lang);
  }
  words = { open, close };
  return words;
}

/**
 * The negations of `negations` that sit in a condition, as a set. `hits` are the message's cue
 * words; `clauseOf` gives a position's clause index: a condition word counts only in the negation's clause.
 */
export function conditionalNegations<Hit extends WordHit>(text: string, negations: readonly Hit[], hits: readonly WordHit[], clauseOf: (offset: number) => number): Set<Hit> {
  const inCondition = new Set<Hit>();
  if (negations.length === 0) return inCondition;
  const { open, close } = conditionWords();
  const opening = open.find(text);
  const closing = close.find(text);
  if (opening.length === 0 && closing.length === 0) return inCondition;
  for (const negation of negations) {
    const clause = clauseOf(negation.from);
    if (!hits.some((hit) => hit.tags & MEANS && withinReach(hit, negation, CLOSE_REACH) && clauseOf(hit.from) === clause)) continue;
    const opened = opening.some((word) => word.to <= negation.from && negation.from - word.to <= OPEN_REACH && clauseOf(word.from) === clause && mayShareLanguage(word, negation));
    const closed = closing.some((word) => word.from >= negation.to && word.from - negation.to <= CLOSE_REACH && clauseOf(word.from) === clause && mayShareLanguage(word, negation));
    if (opened || closed) inCondition.add(negation);
  }
  return inCondition;
}
