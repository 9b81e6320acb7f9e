import type { NormalizedText } from '../normalizedText.js';
import { CONNECTOR_WORDS, DIGIT_WORDS, REPEAT_WORDS } from './digitWords.js';

/** A phone number needs at least this many digits; shorter runs of digit words are ordinary prose. */
export const MIN_PHONE_DIGITS = 7;
/** Separators longer than this end a run of digit words. */
const MAX_GAP = 6;

type TokenType = 'digits' | 'digitWord' | 'repeat' | 'connector' | 'gap' | 'other';

interface Token {
  type: TokenType;
  from: number;
  to: number;
  /** Digits this token stands for (digits and digit words). */
  digits: string;
}

// Maps, not the object tables themselves: every letter run of the text is looked up, and indexing
// an object with it finds "constructor" on Object.prototype and goes through V8's string table.
const DIGIT_WORD_VALUES = new Map(Object.entries(DIGIT_WORDS));
const REPEAT_WORD_COUNTS = new Map(Object.entries(REPEAT_WORDS));

// One linear pass: letter runs, digit runs, everything else. No nested quantifiers.
const TOKEN = /(\p{L}+)|(\d+)|[^\p{L}\d]+/gu;

// What can make this view differ from its source: a letter run that is a digit, repeat or
// connector word, or a lone O/l/I touching a digit. Read from the tables above, so a word added to
// them is a trigger too. Finding none (most messages) skips tokenizing the text.
const TRIGGER_WORDS: ReadonlySet<string> = new Set([...DIGIT_WORD_VALUES.keys(), ...REPEAT_WORD_COUNTS.keys(), ...CONNECTOR_WORDS]);
const LONGEST_TRIGGER = Math.max(...[...TRIGGER_WORDS].map((word) => word.length));
const LETTER_RUN = /\p{L}+/gu;

const isAsciiDigit = (text: string, index: number) => {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
};

// The last text found to hold no trigger. Typing appends to it: then only the letter run it ended
// in and what follows can hold a new one (the runs before are the same, with the same neighbours).
let lastWithout = '';

const LETTER = /\p{L}/u;

/** True when some letter run would be classified as more than 'other' (the same test `classify` makes). */
function hasTrigger(text: string): boolean {
  let from = 0;
  if (lastWithout !== '' && text.length >= lastWithout.length && text.startsWith(lastWithout)) {
    from = lastWithout.length;
    // Back to the start of the run the old text ended in (over any surrogate: at worst too far).
    while (from > 0 && (isSurrogate(text.charCodeAt(from - 1)) || LETTER.test(text[from - 1]!))) from -= 1;
  }
  LETTER_RUN.lastIndex = from;
  for (let found = LETTER_RUN.exec(text); found; found = LETTER_RUN.exec(text)) {
    const word = found[0];
    if (word.length === 1 && 'oOlI'.includes(word)) {
      if (isAsciiDigit(text, found.index - 1) || isAsciiDigit(text, found.index + 1)) return true;
    }
    // toLowerCase never shortens a string (checked over every code point), so longer runs can't match.
    if (word.length <= LONGEST_TRIGGER && TRIGGER_WORDS.has(word.toLowerCase())) return true;
  }
  lastWithout = text;
  return false;
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

function classify(raw: string, from: number, kind: 'word' | 'digits' | 'other'): Token {
  const to = from + raw.length;
  if (kind === 'digits') return { type: 'digits', from, to, digits: raw };
  if (kind === 'other') {
    const isGap = raw.length <= MAX_GAP && !/[:%$€£#]/.test(raw);
    return { type: isGap ? 'gap' : 'other', from, to, digits: '' };
  }
  const word = raw.toLowerCase();
  const digit = DIGIT_WORD_VALUES.get(word);
  if (digit !== undefined) return { type: 'digitWord', from, to, digits: digit };
  if (REPEAT_WORD_COUNTS.has(word)) return { type: 'repeat', from, to, digits: '' };
  if (CONNECTOR_WORDS.has(word)) return { type: 'connector', from, to, digits: '' };
  // Letters O/o and l/I typed inside digits: "917 44O 0188".
  if (raw.length === 1 && 'oOlI'.includes(raw)) return { type: 'other', from, to, digits: raw === 'o' || raw === 'O' ? '0' : '1' };
  return { type: 'other', from, to, digits: '' };
}

/**
 * Rewrites spelled-out digits as digits ("nine one seven" → "9 1 7"), but only inside runs long
 * enough to be a phone number, so "one or two things" stays prose. Connector words inside such a
 * run are dropped ("917 and 442" → "917 442").
 */
export function buildSpelledDigitsView(source: NormalizedText): NormalizedText {
  const text = source.text;
  if (!hasTrigger(text)) return source;
  const tokens: Token[] = [];
  for (const found of text.matchAll(TOKEN)) {
    tokens.push(classify(found[0], found.index, found[1] !== undefined ? 'word' : found[2] !== undefined ? 'digits' : 'other'));
  }
  const builder = source.derive();
  let copiedUpTo = 0;
  let changed = false;
  let index = 0;
  while (index < tokens.length) {
    const startsRun = isNumeric(tokens, index) || (tokens[index]!.type === 'repeat' && isNumeric(tokens, index + 2));
    if (!startsRun) {
      index += 1;
      continue;
    }
    // Grow a run of numeric tokens joined by gaps, connectors and repeat words.
    let end = index;
    let digitCount = 0;
    let hasWord = false;
    let pendingRepeat = 1;
    let sawConnector = false;
    for (let cursor = index; cursor < tokens.length; cursor += 1) {
      const token = tokens[cursor]!;
      if (isNumeric(tokens, cursor)) {
        digitCount += token.digits.length * pendingRepeat;
        pendingRepeat = 1;
        hasWord ||= token.type !== 'digits' || sawConnector;
        end = cursor;
      } else if (token.type === 'repeat') {
        pendingRepeat = REPEAT_WORD_COUNTS.get(text.slice(token.from, token.to).toLowerCase()) ?? 1;
        hasWord = true;
      } else if (token.type === 'connector') {
        sawConnector = true;
      } else if (token.type !== 'gap') {
        break;
      }
    }
    if (hasWord && digitCount >= MIN_PHONE_DIGITS) {
      changed = true;
      let repeat = 1;
      let repeatFrom = -1;
      for (let cursor = index; cursor <= end; cursor += 1) {
        const token = tokens[cursor]!;
        if (repeatFrom === -1) builder.copy(copiedUpTo, token.from);
        copiedUpTo = token.to;
        if (token.type === 'repeat') {
          repeat = REPEAT_WORD_COUNTS.get(text.slice(token.from, token.to).toLowerCase()) ?? 1;
          repeatFrom = token.from;
          continue;
        }
        if (token.type === 'connector' || (token.type === 'gap' && repeatFrom !== -1)) continue;
        if (token.type === 'gap') {
          builder.copy(token.from, token.to);
          continue;
        }
        // "double five" becomes "55", highlighted from "double" to "five".
        const from = repeatFrom === -1 ? token.from : repeatFrom;
        if (token.type === 'digits' && repeat === 1) builder.copy(token.from, token.to);
        else builder.replace(from, token.to, token.digits.repeat(repeat));
        repeat = 1;
        repeatFrom = -1;
      }
    }
    index = end + 1;
  }
  if (!changed) return source;
  builder.copy(copiedUpTo, text.length);
  return builder.build();
}

function isNumeric(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  if (token.type === 'digits' || token.type === 'digitWord') return true;
  // A lone O/l/I counts only when it touches digits on one side.
  if (token.type === 'other' && token.digits !== '') {
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    return before?.type === 'digits' && before.to === token.from || after?.type === 'digits' && after.from === token.to;
  }
  return false;
}
