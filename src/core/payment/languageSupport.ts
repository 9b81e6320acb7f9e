import { CUE } from './paymentCues.js';
import { shareLanguage, type WordHit } from './wordTrie.js';

// A cue this short is a common word of some other language too: Polish "karta" is Hinglish "does",
// Portuguese "no" is "in the", Turkish "ver" is Spanish "see", Arabic "رقم" is Urdu "amount".
const SHORT_CUE = 5;

/**
 * Drops the short cue words of one language that another language's words outvote: in "insta pe
 * main jaldi reply karta hu" the Polish "karta" (card) has no Polish word beside it. A cue stays
 * when a word of its own language, or none of a specific language, is in the message. Negations
 * are read by their own rule (see readSentences) and only vote here; names (rails, coins, gift
 * cards) and capitalised acronyms always stay.
 */
export function supportedByLanguage(text: string, hits: readonly WordHit[]): WordHit[] {
  const specific = hits.filter((hit) => hit.langs);
  if (specific.length < 2) return [...hits];
  const shares = (hit: WordHit) => specific.some((other) => other !== hit && shareLanguage(other, hit));
  // Who votes for a language: a long word, or a short one with a word of its own language beside it.
  const voters = specific.filter((hit) => hit.to - hit.from > SHORT_CUE || shares(hit));
  return hits.filter((hit) => {
    if (!hit.langs || hit.to - hit.from > SHORT_CUE || hit.tags === NEGATION_ONLY || hit.tags & NAMES || !LOWER_WORD.test(text.slice(hit.from, hit.to))) return true;
    return shares(hit) || !voters.some((other) => other !== hit && !shareLanguage(other, hit));
  });
}

// A hit that is only a negation.
const NEGATION_ONLY = CUE.negation;
// Names ("USDT", "ininal") are not everyday words.
const NAMES = CUE.gift | CUE.crypto | CUE.coin | CUE.rail | CUE.railWeak | CUE.platform;
// An everyday word is typed in lower case; "USDT", "UPI" are names.
const LOWER_WORD = /^[\p{Ll}\p{Lo}\p{M}]+$/u;
