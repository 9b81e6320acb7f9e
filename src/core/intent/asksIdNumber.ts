import { ID_CUES } from '../lexicon/idCues.js';
import { plainSpelling } from '../phone/numberMorphemes.js';

/**
 * An ask for "your number" that an ID word qualifies asks for an order, invoice or booking number,
 * not a phone: "cuál es tu número de pedido?", "आपका ऑर्डर नंबर क्या है?", "sipariş numaran
 * neydi?", "آپ کا آرڈر نمبر کیا ہے؟". The ID word stands right before "number", or right after it
 * with at most one short linking word ("de", "of", "do", "du").
 */

const ID_WORDS = new Set(ID_CUES.flatMap((cues) => cues.ids.split('|')).map(plainSpelling));
// "number" in every covered language, as the start of the word: Turkish adds endings ("numaran", "numarası").
const NUMBER_STEMS = ['number', 'numero', 'nummer', 'numer', 'numara', 'nomor', 'nomer', 'номер', 'رقم', 'नंबर', 'नम्बर', 'নম্বর', 'নাম্বার', 'نمبر', 'num', 'no'];
const LINK = 3;
const WORD = /[\p{L}\p{M}]+/gu;
const REACH = 30;
const SPACES = /^[\s-]{1,3}$/;

/** True when the intent at [from, to) holds a "number" word that an ID word qualifies. */
export function asksIdNumber(text: string, from: number, to: number): boolean {
  // Most intents name no number at all: skip reading the words around them.
  const span = plainSpelling(text.slice(from, to));
  if (!NUMBER_STEMS.some((stem) => span.includes(stem))) return false;
  const window = text.slice(Math.max(0, from - REACH), Math.min(text.length, to + REACH));
  const offset = Math.max(0, from - REACH);
  const words = [...window.matchAll(WORD)].map((match) => ({ word: plainSpelling(match[0]), at: offset + match.index, end: offset + match.index + match[0].length }));
  // Two words of one phrase: only spaces or a hyphen between them ("numer, pod którym" is two clauses).
  const joined = (first: number, second: number) => words[first] !== undefined && words[second] !== undefined && SPACES.test(text.slice(words[first]!.end, words[second]!.at));
  const idWord = (index: number) => ID_WORDS.has(words[index]!.word) && !isNumberWord(words[index]!.word);
  return words.some(({ word, at }, index) => {
    if (at < from || at >= to || !isNumberWord(word)) return false;
    if (joined(index - 1, index) && idWord(index - 1)) return true;
    if (joined(index, index + 1) && idWord(index + 1)) return true;
    return joined(index, index + 1) && words[index + 1]!.word.length <= LINK && joined(index + 1, index + 2) && idWord(index + 2);
  });
}

function isNumberWord(word: string): boolean {
  return NUMBER_STEMS.some((stem) => (stem.length <= 3 ? word === stem : word.startsWith(stem)));
}
