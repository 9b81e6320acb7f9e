import { ID_CUES } from '../lexicon/idCues.js';
import { plainSpelling } from './numberMorphemes.js';

const words = (field: 'phone' | 'ids' | 'numbered' | 'address') => ID_CUES.flatMap((cues) => cues[field]?.split('|') ?? []).map(plainSpelling);
const isUnspaced = (word: string) => /[\u3000-\u9fff]/.test(word);

const PHONE_CUES = new Set(words('phone'));
const ID_WORDS = new Set(words('ids'));
const UNSPACED_PHONE = words('phone').filter(isUnspaced);
const ADDRESS_WORDS = new Set(words('address'));
const NUMBERED_WORDS = new Set(words('numbered'));
const UNSPACED_IDS = [...words('ids'), ...words('address')].filter(isUnspaced);
// Words that only say "number": what comes before them decides ("order number", "رقم الطلب").
const NUMBER_WORDS = new Set(['no', 'nº', 'num', 'nr', 'number', 'numero', 'nummer', 'numer', 'numara', 'nomor', 'nomer', 'so', 'номер', 'رقم', 'नंबर', 'নম্বর', 'نمبر']);

const WORD = /[\p{L}\p{M}]+(?:\/[\p{L}]+)?/gu;
/** How far back the cue may be ("seguimiento MRW 0279…" has the carrier's name in between). */
const WINDOW = 40;
const MAX_WORDS_BACK = 3;

export type Cue = 'phone' | 'id';

const MAX_CODE = 16;

/** Length of a code of capitals and digits mixed (with its space) typed just before `from`: "BRM44HB ", "SM-A546E " (not "TEL ", a cue). */
function codeBefore(text: string, from: number): number {
  let at = from;
  while (at > 0 && from - at < 2 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at -= 1;
  if (at === from) return 0;
  const end = at;
  let letter = false;
  let digit = false;
  while (at > 0 && end - at < MAX_CODE && /[A-Z0-9-]/.test(text[at - 1]!)) {
    at -= 1;
    if (/[A-Z]/.test(text[at]!)) letter = true;
    else if (/\d/.test(text[at]!)) digit = true;
  }
  if (end - at < 3 || !letter || !digit || text[at] === '-' || (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!))) return 0;
  return from - at;
}

/**
 * What the words just before a digit run say it is: a phone number ("tel", "номер", "电话") or an
 * order, invoice, tracking, serial, model or account number ("pedido", "Rechnung", "订单").
 */
export function readCueBefore(text: string, from: number, skipCode = true): Cue | undefined {
  // A code of letters and digits right before the run is the first part of the same ID
  // ("número de série … BRM44HB 0231187654"): the cue is read before it, in the whole sentence.
  const code = skipCode ? codeBefore(text, from) : 0;
  if (code > 0) {
    const cue = readCueBefore(text, from - code, false);
    return cue ?? (hasIdWordEarlierInSentence(text, from - code) ? 'id' : undefined);
  }
  const before = plainSpelling(text.slice(Math.max(0, from - WINDOW), from));
  const found = before.match(WORD);
  if (!found) return undefined;
  const last = found[found.length - 1]!;
  if (isUnspaced(last)) {
    // Chinese and Japanese: look for the cue inside the last run of letters, its end nearest.
    const tail = last.slice(-12);
    if (UNSPACED_IDS.some((cue) => tail.includes(cue))) return 'id';
    if (UNSPACED_PHONE.some((cue) => tail.includes(cue))) return 'phone';
    return undefined;
  }
  // An address word counts only right before the number, or before "number" ("calle 23", "मकान नंबर
  // 221"; not "Road, Bamblee, SD 2024…").
  const lastButOne = found[found.length - 2];
  // "cp" is a postcode in Spain and France and a cellphone in the Philippines: a phone cue wins.
  if ((ADDRESS_WORDS.has(last) && !PHONE_CUES.has(last)) || (NUMBER_WORDS.has(last) && lastButOne !== undefined && ADDRESS_WORDS.has(lastButOne))) return 'id';
  let phone = false;
  for (let back = 1; back <= Math.min(MAX_WORDS_BACK, found.length); back += 1) {
    const word = found[found.length - back]!;
    // Two-word cues ("hóa đơn", "kod pocztowy"; "area code" is a phone's).
    const pair = found.length > back ? `${found[found.length - back - 1]} ${word}` : '';
    if (PHONE_CUES.has(pair)) return 'phone';
    if (ID_WORDS.has(pair)) return 'id';
    if (ID_WORDS.has(word) && !NUMBER_WORDS.has(word)) return 'id';
    if (PHONE_CUES.has(word)) {
      if (isPostcodeToo(word) && isPostcodeRun(text, from)) return 'id';
      if (!NUMBER_WORDS.has(word)) return 'phone';
      phone = true;
    } else if (isInflectedIdWord(word)) return 'id';
  }
  if (phone ? hasIdWordEarlierInSentence(text, from) || namesIdNumberEarlierInSentence(text, from) : namesIdNumberEarlierInSentence(text, from)) return 'id';
  return phone ? 'phone' : undefined;
}

// "cep" is a Turkish mobile and a Brazilian postcode, "cp" a Philippine cellphone and a French or
// Spanish postcode: a cue of both kinds reads a run shorter than any mobile number as the postcode
// ("CEP 04538-132", "CP 75011"; "cep 0532 123 45 67" stays a phone).
const SHORTEST_MOBILE = 10;
const MAX_RUN = 24;
const isPostcodeToo = (word: string) => ADDRESS_WORDS.has(word) || ID_WORDS.has(word);

// A postcode has at least this many digits, and no other group of digits stands this close to it
// (an interrupted phone number's do: "cep 0535 (turkcell) 662 14 08"; a flat's number may: "apto 71").
const SHORTEST_POSTCODE = 4;
const NEXT_DIGITS_REACH = 20;

/** The run that starts at `from` (spaces, dots and hyphens between its digits) is as short as a postcode and stands alone. */
function isPostcodeRun(text: string, from: number): boolean {
  let digits = 0;
  let at = from;
  for (; at < text.length && at - from < MAX_RUN; at += 1) {
    const char = text[at]!;
    if (char >= '0' && char <= '9') digits += 1;
    else if (char !== ' ' && char !== '-' && char !== '.') break;
  }
  const around = text.slice(Math.max(0, from - NEXT_DIGITS_REACH), from) + ' ' + text.slice(at, at + NEXT_DIGITS_REACH);
  return digits >= SHORTEST_POSTCODE && digits < SHORTEST_MOBILE && !/\d{3}/.test(around);
}

/** How far back "number" may point to an ID word: "the invoice I sent you yesterday, number 4412…". */
const SENTENCE_WINDOW = 60;
const SENTENCE_END = /[.!?\n;:,，。]/;

const lastWord = (text: string) => /[\p{L}\p{M}]+$/u.exec(text)?.[0] ?? '';

/** The words of the sentence before `from`, at most SENTENCE_WINDOW characters back. */
function sentenceWordsBefore(text: string, from: number): string[] {
  const window = text.slice(Math.max(0, from - SENTENCE_WINDOW), from);
  let start = 0;
  for (let at = window.length - 1; at >= 0; at -= 1) {
    // A colon or full stop right before the number ("Nr.", "no:") does not end the sentence, nor
    // the dot of an abbreviated "number" ("customer no. at the power company: …").
    if (SENTENCE_END.test(window[at]!) && window.slice(at + 1).trim().length > 6 && !(window[at] === '.' && NUMBER_WORDS.has(plainSpelling(lastWord(window.slice(0, at)))))) {
      start = at + 1;
      break;
    }
  }
  return plainSpelling(window.slice(start)).match(WORD) ?? [];
}

const isIdWord = (word: string) => !PHONE_CUES.has(word) && ((ID_WORDS.has(word) && !NUMBER_WORDS.has(word)) || isInflectedIdWord(word));

function hasIdWordEarlierInSentence(text: string, from: number): boolean {
  return sentenceWordsBefore(text, from).some(isIdWord);
}

/** How many words apart an ID word and "number" may stand: "customer no.", "nº de cliente", "رقم الحساب". */
const ID_NUMBER_REACH = 2;

/**
 * "the customer no. at the power company: 0041-778200": an ID number named earlier in the sentence
 * (an ID word with "number" by it, or a compound like "Kundennummer"), the run being what it names.
 */
function namesIdNumberEarlierInSentence(text: string, from: number): boolean {
  const words = sentenceWordsBefore(text, from);
  const numberBy = (index: number) => words.slice(Math.max(0, index - ID_NUMBER_REACH), index + ID_NUMBER_REACH + 1).some((other) => NUMBER_WORDS.has(other));
  return words.some((word, index) => (isIdWord(word) && (hasNumberSuffix(word) || numberBy(index))) || (NUMBERED_WORDS.has(word) && numberBy(index)));
}

/** "5512093341 ist die Rechnungsnummer", "… is the invoice number": an ID word with "number" just after the run. */
const AFTER_WINDOW = 32;
const MAX_WORDS_AFTER = 4;

export function isIdNamedAfter(text: string, to: number): boolean {
  const after = text.slice(to, to + AFTER_WINDOW);
  const sentence = after.slice(0, after.search(/[.!?\n;]|$/));
  const words = (plainSpelling(sentence).match(WORD) ?? []).slice(0, MAX_WORDS_AFTER);
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    if (PHONE_CUES.has(word) && !NUMBER_WORDS.has(word)) return false;
    if (!NUMBER_WORDS.has(word) && hasNumberSuffix(word) && isInflectedIdWord(word)) return true;
    const next = words[index + 1];
    if (next !== undefined && NUMBER_WORDS.has(next) && ID_WORDS.has(word) && !NUMBER_WORDS.has(word)) return true;
  }
  return false;
}

function hasNumberSuffix(word: string): boolean {
  return NUMBER_SUFFIXES.some((suffix) => word.endsWith(suffix) && word.length > suffix.length);
}

// Endings an ID word takes in the languages that inflect or compound it: "чека", "paragonu",
// "siparişin", "الإيصال", "Belegnummer", "Kundennr". Stems shorter than 4 letters stay exact ("kod").
const MIN_STEM = 4;
const MAX_ENDING = 3;
const NUMBER_SUFFIXES = ['nummer', 'nr', 'number', 'no'];
const LINKING_LETTERS = /(?:en|s|n|e)$/;

// Slavic and Romance words change their last vowel ("faktura" → "faktury", "квитанция" → "квитанции").
const FINAL_VOWEL = /[aeiouyаяоеыиё]$/;
const MIN_VOWEL_STEM = 5;
const ID_VOWEL_STEMS = new Set(
  [...ID_WORDS].filter((word) => FINAL_VOWEL.test(word) && word.length > MIN_VOWEL_STEM).map((word) => word.replace(FINAL_VOWEL, '')),
);

// Compounds clip an ID word before "nr" ("Bestellnr" from "Bestellung"): the word less its last letters.
const MIN_CLIPPED = 5;
const ID_CLIPPED = new Set(
  [...ID_WORDS].flatMap((word) => [1, 2, 3].map((cut) => word.slice(0, word.length - cut))).filter((head) => head.length >= MIN_CLIPPED && !PHONE_CUES.has(head)),
);

function isIdStem(stem: string): boolean {
  if (stem.length < MIN_STEM) return false;
  for (let cut = 0; cut <= MAX_ENDING && stem.length - cut >= MIN_STEM; cut += 1) {
    const head = stem.slice(0, stem.length - cut);
    if ((ID_WORDS.has(head) && !NUMBER_WORDS.has(head)) || ID_VOWEL_STEMS.has(head)) return true;
  }
  return false;
}

/** An ID word with an ending, an Arabic article or a "number" compound after it. */
function isInflectedIdWord(word: string): boolean {
  if (PHONE_CUES.has(word)) return false;
  if (isIdStem(word)) return true;
  if (word.startsWith('ال') && isIdStem(word.slice(2))) return true;
  for (const suffix of NUMBER_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < MIN_STEM) continue;
    const head = word.slice(0, -suffix.length);
    if (PHONE_CUES.has(head)) return false;
    if (isIdStem(head) || isIdStem(head.replace(LINKING_LETTERS, '')) || ID_CLIPPED.has(head)) return true;
  }
  return false;
}

/** A Latin letter run glued before the digits is a cue ("tel89…", "kom.698…") or part of an ID ("SM-A156E"). */
export function isPhoneCueWord(word: string): boolean {
  return PHONE_CUES.has(plainSpelling(word));
}
