import type { NormalizedText } from '../normalizedText.js';

// Digits and "$" typed for the letters they look like, inside a word: "h0tmail", "gm4il", "0utside",
// "au$$erhalb", "s1te d1şından". 2, 6, 8 and 9 stand for no letter people use this way.
const LETTER_FOR = new Map<string, string>([['0', 'o'], ['1', 'i'], ['3', 'e'], ['4', 'a'], ['5', 's'], ['7', 't'], ['$', 's']]);
// Latin letters: the words leetspeak disguises are written in Latin script.
const LETTER = '[A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF]';
// Three disguises, each found by a pattern that starts with the character it needs (a digit or "$",
// a "." or "-", a "#"), its context read behind: the regex engine skips every other position at once.
// 1. a leet run between two letters (a dot or hyphen may stand between when the word is spelled
//    out: "g.m.4.i.l"), or a leading zero before two letters ("0utl00k", "0ff");
const LEET = new RegExp(`[013457$]{1,2}(?<=${LETTER}[.-]?[013457$]{1,2})(?=[.-]?${LETTER})|0(?<![\\p{L}\\p{N}$._-]0)(?=${LETTER}{2})`, 'gu');
// 2. a word spelled apart, one letter (with its marks) per piece: "f.u.e.r.a", "d.e.h.o.r.s",
//    "ب-ا-ہ-ر", "বা-ই-রে" (three pieces at least, so "e.g." and "t.me" stay), found from its first
//    separator (the first letter is read back in code);
const SPELLED = /[.-](?<=(?<![\p{L}\p{M}\p{N}._-])\p{L}\p{M}{0,2}[.-])\p{L}\p{M}{0,2}(?:[.-]\p{L}\p{M}{0,2}){1,29}(?![\p{L}\p{M}\p{N}]|[.-][\p{L}\p{N}])/gu;
// 3. the "#" of hashtags in a row ("#insta #cami.ceramique", "#telegram #tomek_fotki"): an app and
//    a name tagged side by side read as the two words. A hashtag alone ("la campaña #rebajas_verano")
//    is a tag and stays.
const HASH = /#(?<!\S#)(?=\p{L}\S{0,40}\s{1,3}#\p{L})|#(?<=(?<!\S)#\p{L}\S{0,40}\s{1,3}#)(?=\p{L})/gu;
// 4. a username spelled apart around its "." or "_": "m a s h a . i v a n o v a", "z w _ s h u m a 8 8",
//    "m-a-r-i-a . l-o-p-e-z". Both sides spelled one character at a time, so "s o o o good",
//    "S A L E" and "end . Then" stay.
//    (Its start is checked behind the first separator: a leading lookbehind is tried at every position.)
const SPACED_NAME = /[a-z\d][ -](?<=(?<![a-z\d._-])[a-z\d][ -])[a-z\d](?:[ -][a-z\d]){0,29}(?: ?[._] ?[a-z\d](?:[ -][a-z\d]){1,30}){1,4}(?![a-z\d]|[._-][a-z\d])/giu;
const MARK = /\p{M}/u;
const SPELLED_SEPARATOR = /[.-]/g;
const NAME_SEPARATOR = /[ -]/g;
const IS_LETTER = new RegExp(`^${LETTER}$`, 'u');
// What a word holds (letters, digits, ".", "_", "-", "$") and how far it is read: longer runs are
// codes or addresses, not words.
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}$._-]/u;
const MAX_WORD = 32;

interface Word {
  start: number;
  end: number;
  isWord: boolean;
}

/** The run of word characters around `index`, and whether it reads as a word with letters swapped for digits. */
function wordAround(text: string, index: number): Word {
  let start = index;
  while (start > 0 && index - start < MAX_WORD && WORD_CHARACTER.test(text[start - 1]!)) start -= 1;
  let end = index;
  while (end < text.length && end - start < MAX_WORD && WORD_CHARACTER.test(text[end]!)) end += 1;
  let letters = 0;
  let swapped = 0;
  let upper = 0;
  let otherDigit = false;
  for (let at = start; at < end; at += 1) {
    const char = text[at]!;
    if (LETTER_FOR.has(char)) swapped += 1;
    else if (char >= '0' && char <= '9') otherDigit = true;
    else if (IS_LETTER.test(char)) {
      letters += 1;
      if (at > start && char !== char.toLowerCase()) upper += 1;
    }
  }
  // A serial ("SN4A7B0C"), a code with other digits ("tyler_b92", a key), or digits as many as
  // letters ("a1b4") are not words.
  const isWord = end - start < MAX_WORD && !otherDigit && upper === 0 && letters >= 3 && letters > swapped;
  return { start, end, isWord };
}

/** The letters on one side of `index` up to the first non-letter, at most 3 counted. */
function lettersBeside(text: string, index: number, step: 1 | -1): number {
  let count = 0;
  for (let at = step === 1 ? index : index - 1; count < 3 && at >= 0 && at < text.length && IS_LETTER.test(text[at]!); at += step) count += 1;
  return count;
}

// Shorter joins are initials or abbreviations ("a b . c d").
const MIN_NAME = 6;

/** A name (or a domain: "o u t l o o k . c o m"), not a heading in capitals ("S A L E . N O W") or initials. */
function isSpacedName(spelled: string): boolean {
  return /[a-z]/.test(spelled) && spelled.replace(NAME_SEPARATOR, '').length >= MIN_NAME;
}

interface Edit {
  from: number;
  to: number;
  kind: 'leet' | 'spelled' | 'hash' | 'name';
}

/** Where the letter (with up to two marks) that ends at `end` starts. */
function unitStart(text: string, end: number): number {
  let at = end;
  for (let marks = 0; marks < 2 && at > 0 && MARK.test(text[at - 1]!); marks += 1) at -= 1;
  const code = text.charCodeAt(at - 1);
  return code >= 0xdc00 && code <= 0xdfff ? at - 2 : at - 1;
}

/** The disguises in the text, in order (almost always none: three quick scans). */
function findEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  // exec on the shared patterns (every match is at least one character, so each loop moves on).
  // Names first: on the same start they take the whole name, not its first part.
  if (text.includes(' ')) {
    SPACED_NAME.lastIndex = 0;
    for (let found = SPACED_NAME.exec(text); found !== null; found = SPACED_NAME.exec(text)) {
      // After an "@" the spelled-symbols view reads the whole address spaced out ("a n a @ m a i l . c o").
      const afterAt = /@ {0,3}$/.test(text.slice(Math.max(0, found.index - 4), found.index));
      if (!afterAt && isSpacedName(found[0])) edits.push({ from: found.index, to: found.index + found[0].length, kind: 'name' });
    }
  }
  LEET.lastIndex = 0;
  for (let found = LEET.exec(text); found !== null; found = LEET.exec(text)) edits.push({ from: found.index, to: found.index + found[0].length, kind: 'leet' });
  SPELLED.lastIndex = 0;
  for (let found = SPELLED.exec(text); found !== null; found = SPELLED.exec(text)) {
    edits.push({ from: unitStart(text, found.index), to: found.index + found[0].length, kind: 'spelled' });
  }
  HASH.lastIndex = 0;
  for (let found = HASH.exec(text); found !== null; found = HASH.exec(text)) edits.push({ from: found.index, to: found.index + 1, kind: 'hash' });
  return edits.length > 1 ? edits.sort((a, b) => a.from - b.from) : edits;
}

/**
 * Reads letters disguised inside words as those letters: digits typed for letters ("h0tmail" is
 * "hotmail", "p0za portalem" is "poza portalem"), words spelled apart ("f.u.o.r.i dal sito" is
 * "fuori dal sito"), usernames spelled apart ("r i n a . s h o p" is "rina.shop") and hashtags ("#telegram #tomek_fotki"). A digit between two words of three
 * letters or more is a number spelled in a mix ("five5five", "seis1dos") and stays. A view that
 * rewrites nothing is the text itself.
 */
export function foldDisguisedLetters(view: NormalizedText): NormalizedText {
  const text = view.text;
  const edits = findEdits(text);
  if (edits.length === 0) return view;
  const builder = view.derive();
  let copiedUpTo = 0;
  let word: Word = { start: -1, end: -1, isWord: false };
  for (const { from, to, kind } of edits) {
    if (from < copiedUpTo) continue;
    let letters: string;
    if (kind === 'spelled') letters = text.slice(from, to).replace(SPELLED_SEPARATOR, '');
    else if (kind === 'name') letters = text.slice(from, to).replace(NAME_SEPARATOR, '');
    else if (kind === 'hash') letters = '';
    else {
      if (from >= word.end) word = wordAround(text, from);
      if (!word.isWord) continue;
      const before = lettersBeside(text, from, -1);
      const after = lettersBeside(text, to, 1);
      if (before >= 3 && after >= 3) continue;
      const upper = before > 0 ? text[from - 1]! !== text[from - 1]!.toLowerCase() : false;
      letters = '';
      for (const char of text.slice(from, to)) letters += upper ? LETTER_FOR.get(char)!.toUpperCase() : LETTER_FOR.get(char)!;
    }
    builder.copy(copiedUpTo, from).replace(from, to, letters);
    copiedUpTo = to;
  }
  if (copiedUpTo === 0) return view;
  builder.copy(copiedUpTo, text.length);
  return builder.build();
}
