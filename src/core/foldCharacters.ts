import { NormalizedText } from './normalizedText.js';
import { mayFoldToAscii } from './text/asciiFoldingRanges.js';
import { readBidiOverrides } from './text/bidiOverrides.js';
import { foldDisguisedLetters } from './text/disguisedLetters.js';

// Characters people slip into contact details to dodge filters; they carry no meaning here.
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  // U+0305, U+0332–8 and U+033F over- and underline or strike a letter through ("k̲a̲y̲", "l̶u̶k̶a̶s̶"):
  // styling, never a letter of their own. U+0640 (tatweel) only stretches an Arabic word.
  [0x00ad, 0x00ad], [0x0305, 0x0305], [0x0332, 0x0338], [0x033f, 0x033f], [0x034f, 0x034f], [0x061c, 0x061c],
  [0x0640, 0x0640], [0x115f, 0x1160], [0x17b4, 0x17b5],
  // U+200E/F, U+202A–E and U+2066–9 are bidi controls: they reorder what is shown, never what it says.
  [0x180b, 0x180e], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f],
  // U+20E3 turns a digit into its keycap emoji ("0️⃣"), U+20DD–20E4 circle or box it: the digit is what it says.
  [0x20dd, 0x20e4],
  [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff], [0xffa0, 0xffa0],
];

function isInvisible(codePoint: number): boolean {
  // Indexing, not destructuring: this runs for every non-ASCII character and destructuring costs 3×.
  // The ranges are in order: stop at the first that starts past the code point.
  for (const range of INVISIBLE_RANGES) {
    if (codePoint < range[0]) return false;
    if (codePoint <= range[1]) return true;
  }
  return false;
}

// First code point of each Unicode decimal-digit block people type phone numbers in.
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66,
  0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0xff10,
];

// Lookup tables are Maps, not object literals: indexing an object with a string made at run time
// goes through V8's string table, about 10× a Map lookup, and text full of distinct non-Latin
// characters does that for every character.

// Punctuation that NFKC leaves alone but that reads as "." or "@" in an address.
const PUNCTUATION = new Map<string, string>(Object.entries({
  '\u3002': '.', // ideographic full stop
  '\uFF61': '.', // halfwidth ideographic full stop
  '\u2024': '.', // one dot leader
  '\u00B7': '.', // middle dot
  '\u2027': '.', // hyphenation point
  '\u0701': '.', // Syriac supralinear full stop
  '\u2219': '.', // bullet operator
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
}));

// Cyrillic and Greek letters that look like Latin ones. Folded only inside tokens that already
// mix in Latin letters, digits or "@" so ordinary Russian or Greek words stay untouched.
const LOOK_ALIKES = new Map<string, string>(Object.entries({
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y',
  х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X',
  І: 'I', Ј: 'J', Ѕ: 'S',
  α: 'a', ο: 'o', ν: 'v', ρ: 'p', τ: 't', ι: 'i', κ: 'k', χ: 'x', υ: 'u', ε: 'e',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P',
  Τ: 'T', Υ: 'Y', Χ: 'X',
}));

// The same table keyed by code point: the fold loop looks every non-ASCII character up without
// cutting it out of the text as a string first.
const LOOK_ALIKE_BY_CODE_POINT = new Map<number, string>([...LOOK_ALIKES].map(([char, value]) => [char.codePointAt(0)!, value]));

// Digits in circles NFKC leaves alone: double circled "⓵", negative circled "❶" "⓿", dingbat "➀" "➊".
// Each run starts at its digit one ("⓿" and "🄋" "🄌" are zeros).
const CIRCLED_ONES = [0x24f5, 0x2776, 0x2780, 0x278a];
const CIRCLED_ZEROS = new Set([0x24ff, 0x1f10b, 0x1f10c]);

// The other way round: Latin letters typed inside a Cyrillic word ("тeлeгрaм", "Mосква"), by ASCII code.
const CYRILLIC_FOR_LATIN: ReadonlyArray<string | undefined> = (() => {
  const table: Array<string | undefined> = [];
  for (const [latin, cyrillic] of Object.entries({ a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х' })) {
    table[latin.charCodeAt(0)] = cyrillic;
  }
  return table;
})();

function digitValue(codePoint: number): number {
  for (const zero of DIGIT_ZEROS) {
    if (codePoint >= zero && codePoint <= zero + 9) return codePoint - zero;
  }
  for (const one of CIRCLED_ONES) {
    if (codePoint >= one && codePoint <= one + 8) return codePoint - one + 1;
  }
  return CIRCLED_ZEROS.has(codePoint) ? 0 : -1;
}

// Folding a code point is pure, and chat text repeats the same few non-ASCII characters: remember
// the answers (bounded, so unusual input can't grow it without limit).
const foldCache = new Map<number, string>();
const MAX_CACHED = 4096;

function foldCodePoint(codePoint: number): string {
  const cached = foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  const folded = computeFold(String.fromCodePoint(codePoint), codePoint);
  if (foldCache.size < MAX_CACHED) foldCache.set(codePoint, folded);
  return folded;
}

function computeFold(char: string, codePoint: number): string {
  const digit = digitValue(codePoint);
  if (digit >= 0) return String(digit);
  const punctuation = PUNCTUATION.get(char);
  if (punctuation !== undefined) return punctuation;
  // Only a few blocks hold characters NFKC turns into ASCII: skip the call outside them.
  if (!mayFoldToAscii(codePoint)) return char;
  const compatible = char.normalize('NFKC');
  // Keep only foldings that land in plain ASCII; anything else stays as typed.
  return /^[ -~]+$/.test(compatible) ? compatible : char;
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    if (text.charCodeAt(index) > 0x7f) return false;
  }
  return true;
}

const TOKEN_HAS_LATIN = /[A-Za-z0-9@]/;

/** What `/\s/` matches outside ASCII (ECMAScript white space and line terminators), without a regex per character. */
function isNonAsciiSpace(codePoint: number): boolean {
  return (
    codePoint === 0xa0 || codePoint === 0x1680 || (codePoint >= 0x2000 && codePoint <= 0x200a) || codePoint === 0x2028 ||
    codePoint === 0x2029 || codePoint === 0x202f || codePoint === 0x205f || codePoint === 0x3000 || codePoint === 0xfeff
  );
}

function isLatinOrAt(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 64 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Stage one of normalisation: one pass over the code points that drops invisible characters and
 * folds full-width forms, mathematical letters, non-Latin digits and look-alike letters to ASCII,
 * then reads digits typed for letters inside words ("h0tmail") as those letters.
 */
export function foldCharacters(source: NormalizedText): NormalizedText {
  return foldDisguisedLetters(foldUnicode(source));
}

function foldUnicode(source: NormalizedText): NormalizedText {
  // Fast path: plain ASCII needs no folding.
  if (isAscii(source.text)) return source;
  source = readBidiOverrides(source);
  const text = source.text;
  const builder = source.derive();
  let tokenMixesLatin = false;
  const tokenFolds: Array<{ from: number; to: number; value: string }> = [];
  let copiedUpTo = 0;
  // What tells a Cyrillic word with Latin look-alikes typed in ("тeлeгрaм") from a Latin one with
  // Cyrillic look-alikes ("gmаil"): a Cyrillic letter with no Latin twin, and Latin letters that
  // all have a Cyrillic twin (no digit, "@" or other letter).
  let tokenStart = 0;
  let tokenHasCyrillic = false;
  let latinLookAlikes = 0;
  let otherLatin = false;

  const flushToken = (end: number) => {
    if (tokenHasCyrillic && latinLookAlikes > 0 && !otherLatin) {
      readCyrillicWord(end);
    } else {
      for (const fold of tokenFolds) {
        const isLookAlike = LOOK_ALIKES.get(text.slice(fold.from, fold.to)) === fold.value;
        if (isLookAlike && !tokenMixesLatin) continue;
        builder.copy(copiedUpTo, fold.from).replace(fold.from, fold.to, fold.value);
        copiedUpTo = fold.to;
      }
    }
    tokenFolds.length = 0;
    tokenMixesLatin = false;
    tokenHasCyrillic = false;
    latinLookAlikes = 0;
    otherLatin = false;
  };

  // The Latin letters of the word read as their Cyrillic twins; its Cyrillic letters stay, the
  // other folds (invisible characters, digits) still apply, in order.
  const readCyrillicWord = (end: number) => {
    const edits = tokenFolds.filter((fold) => LOOK_ALIKES.get(text.slice(fold.from, fold.to)) !== fold.value);
    for (let at = Math.max(tokenStart, copiedUpTo); at < end; at += 1) {
      const cyrillic = CYRILLIC_FOR_LATIN[text.charCodeAt(at)];
      if (cyrillic !== undefined) edits.push({ from: at, to: at + 1, value: cyrillic });
    }
    edits.sort((a, b) => a.from - b.from);
    for (const edit of edits) {
      builder.copy(copiedUpTo, edit.from).replace(edit.from, edit.to, edit.value);
      copiedUpTo = edit.to;
    }
  };

  // A fold that is not a look-alike applies whatever the token holds: with no look-alike pending
  // before it, write it at once (no object per folded character, which matters for text made of
  // non-Latin digits); otherwise queue it behind them to keep the order.
  const fold = (from: number, to: number, value: string) => {
    if (tokenFolds.length > 0) {
      tokenFolds.push({ from, to, value });
      return;
    }
    builder.copy(copiedUpTo, from).replace(from, to, value);
    copiedUpTo = to;
  };

  let index = 0;
  while (index < text.length) {
    const codePoint = text.codePointAt(index)!;
    // ASCII, most of any text, without building strings or running regexes.
    if (codePoint < 0x80) {
      if (codePoint === 32 || (codePoint >= 9 && codePoint <= 13)) {
        flushToken(index);
        tokenStart = index + 1;
      } else if (isLatinOrAt(codePoint)) {
        tokenMixesLatin = true;
        if (CYRILLIC_FOR_LATIN[codePoint] === undefined) otherLatin = true;
        else latinLookAlikes += 1;
      }
      index += 1;
      continue;
    }
    const width = codePoint > 0xffff ? 2 : 1;
    if (isInvisible(codePoint)) {
      fold(index, index + width, '');
    } else if (isNonAsciiSpace(codePoint)) {
      flushToken(index);
      if (PUNCTUATION.get(text[index]!) === ' ') tokenFolds.push({ from: index, to: index + 1, value: ' ' });
      flushToken(index + width);
      tokenStart = index + width;
    } else {
      const lookAlike = LOOK_ALIKE_BY_CODE_POINT.get(codePoint);
      if (lookAlike === undefined && codePoint >= 0x0400 && codePoint <= 0x04ff) tokenHasCyrillic = true;
      const folded = lookAlike ?? foldCodePoint(codePoint);
      // A fold to itself is the one string of the character's own width holding its code point.
      if (folded.length !== width || folded.codePointAt(0) !== codePoint) {
        if (lookAlike === undefined) fold(index, index + width, folded);
        else tokenFolds.push({ from: index, to: index + width, value: folded });
        if (lookAlike === undefined && TOKEN_HAS_LATIN.test(folded)) tokenMixesLatin = true;
      }
    }
    index += width;
  }
  flushToken(text.length);
  builder.copy(copiedUpTo, text.length);
  return builder.build();
}
