import type { NormalizedText } from '../normalizedText.js';
import { longestNumberWordAt, looseNumberWord, type Morpheme, plainSpelling, splitNumberWord, UNSPACED_STARTS } from './numberMorphemes.js';
import { SpokenNumberReader } from './readSpokenNumber.js';
import { ScanMemory } from '../text/scanMemory.js';

/** A phone number needs at least this many digits; shorter runs of number words are ordinary prose. */
export const MIN_PHONE_DIGITS = 7;
/** A part of a number said in parts ("zero nine one nine, then five five eight…"). */
const MIN_PART_WORDS = 3;
/** Separators longer than this end a run of number words. */
const MAX_GAP = 6;
/** Longer letter runs are not split into number words (the longest compound is about 30 letters). */
const MAX_WORD = 40;

type TokenType = 'digits' | 'number' | 'lookalike' | 'gap' | 'other';

interface Token {
  type: TokenType;
  from: number;
  to: number;
  /** Digits typed as digits, or the digits letters stand for ("O" → 0). */
  digits?: string;
  /** The number words a letter run is made of. */
  morphemes?: Morpheme[];
  /** Only counts beside another number word ("to", "for", "两"). */
  weak?: boolean;
  /** A homophone of a digit ("to", "for"), not a number word. */
  homophone?: boolean;
  /** Only joins numbers ("and", "und"). */
  joins?: boolean;
  /** A lookalike with a capital that also starts model codes (A, E, G, T). */
  modelLetter?: boolean;
  /** A lone "o" or "O", said "oh". */
  spokenZero?: boolean;
  /** Cyrillic look-alikes only ("ЗЗ"). */
  cyrillic?: boolean;
}

// One linear pass: letter runs (with their vowel signs; 〇 is a number letter, not \p{L}), digit
// runs, everything else.
const TOKEN = /([\p{L}\p{M}\u3007]+)|(\d+)|[^\p{L}\p{M}\d\u3007]+/gu;
const LETTER_RUN = /[\p{L}\p{M}\u3007]+/gu;
const LETTER = /[\p{L}\p{M}\u3007]/u;
/**
 * Letters typed for digits ("8O8-555-Ol7l", "6l2 34S"): O 0, l I 1, Z z 2, E 3, A 4, S s 5, G 6, T 7, B 8, g q 9;
 * and Cyrillic ones, typed from a Russian layout or to get past Latin-only filters ("4ЗЗ-10-77",
 * "45б7"): О о 0, З з 3, б 6.
 */
const LOOKALIKES = new Map(
  Object.entries({
    O: '0', o: '0', l: '1', I: '1', Z: '2', z: '2', E: '3', A: '4', S: '5', s: '5', G: '6', T: '7', B: '8', g: '9', q: '9',
    О: '0', о: '0', З: '3', з: '3', б: '6',
  }),
);
const MAX_LOOKALIKES = 4;
/** Letters for 0 and 1 only ("OO", "ll"): "4OB" is a flat, "8OO" a number. */
const ZEROS_AND_ONES = /^[01]+$/;
const MODEL_CODE_LETTERS = /[AEGT]/;
const CYRILLIC = /^[\u0400-\u04ff]+$/;
// Punctuation people put between the number words of one number without ending it.
const UNSPACED_GAPS = 'ー・の';

const isAsciiDigit = (text: string, index: number) => {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
};
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;
/** Chinese and Japanese runs (told by their first character): number words sit inside them without spaces. */
const isUnspaced = (word: string) => word.charCodeAt(0) >= 0x3000;

function lookalikeDigits(word: string): string | undefined {
  if (word.length > MAX_LOOKALIKES) return undefined;
  let digits = '';
  for (const char of word) {
    const digit = LOOKALIKES.get(char);
    if (digit === undefined) return undefined;
    digits += digit;
  }
  return digits;
}

// Splitting a word is pure and chat text repeats its words: remember the answers (bounded, so
// unusual input can't grow it without limit).
const wordCache = new Map<string, Morpheme[] | null>();
const MAX_CACHED = 4096;

function numberWords(word: string): Morpheme[] | undefined {
  if (word.length > MAX_WORD) return undefined;
  const cached = wordCache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  const lower = word.toLowerCase();
  const plain = plainSpelling(lower);
  const loose = looseNumberWord(plain);
  const found = splitNumberWord(lower) ?? (plain !== lower ? splitNumberWord(plain) : undefined) ?? (loose ? [loose] : undefined);
  if (wordCache.size < MAX_CACHED) wordCache.set(word, found ?? null);
  return found;
}

// The last text found to hold no trigger. Typing appends to it: then only the letter run it ended
// in and what follows can hold a new one (the runs before are the same, with the same neighbours).
let lastWithout = '';

/**
 * True when some letter run could start a rewrite (what `buildSpelledDigitsView` needs to change
 * anything): a number word that is not weak, letters touching digits, or a connector beside digits.
 * Weak words alone ("to", "for", "on") never do, so everyday prose skips the tokenizing.
 */
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
    const end = found.index + word.length;
    const besideDigit = isAsciiDigit(text, found.index - 1) || isAsciiDigit(text, end);
    // "8O8", or a lone letter one space from a digit ("9 8 l l O 2").
    const nearDigit = besideDigit || (word.length === 1 && (isAsciiDigit(text, found.index - 2) || isAsciiDigit(text, end + 1)));
    if (nearDigit && lookalikeDigits(word) !== undefined) return true;
    if (isUnspaced(word)) {
      for (const char of word) if (UNSPACED_STARTS.has(char)) return true;
      continue;
    }
    const morphemes = numberWords(word);
    if (!morphemes) continue;
    if (morphemes.some((morpheme) => !morpheme.weak && morpheme.kind !== 'connector' && morpheme.kind !== 'repeat')) return true;
    // "917 and 442": a connector one space from a digit.
    if (besideDigit || isAsciiDigit(text, found.index - 2) || isAsciiDigit(text, end + 1)) return true;
  }
  lastWithout = text;
  return false;
}

function wordToken(word: string, from: number, morphemes: Morpheme[]): Token {
  const joins = morphemes.every((morpheme) => morpheme.kind === 'connector');
  const weak = morphemes.every((morpheme) => morpheme.weak || morpheme.kind === 'connector');
  const homophone = morphemes.some((morpheme) => morpheme.homophone);
  return { type: 'number', from, to: from + word.length, morphemes, weak, joins, homophone };
}

function pushLetters(tokens: Token[], text: string, word: string, from: number): void {
  const to = from + word.length;
  const lookalike = lookalikeDigits(word);
  if (lookalike !== undefined) {
    tokens.push({
      type: 'lookalike',
      from,
      to,
      digits: lookalike,
      modelLetter: MODEL_CODE_LETTERS.test(word),
      spokenZero: word === 'o' || word === 'O',
      cyrillic: CYRILLIC.test(word),
    });
    return;
  }
  if (!isUnspaced(word)) {
    const morphemes = numberWords(word);
    tokens.push(morphemes ? wordToken(word, from, morphemes) : { type: 'other', from, to });
    return;
  }
  // Chinese and Japanese: the longest number word at each place, everything else is 'other'.
  let index = from;
  while (index < to) {
    const found = longestNumberWordAt(text, index, to);
    if (found) {
      tokens.push(wordToken(text.slice(index, found.end), index, [found.morpheme]));
      index = found.end;
    } else {
      const type = UNSPACED_GAPS.includes(text[index]!) ? 'gap' : 'other';
      const previous = tokens[tokens.length - 1];
      if (type === 'other' && previous?.type === 'other' && previous.to === index) previous.to = index + 1;
      else tokens.push({ type, from: index, to: index + 1 });
      index += 1;
    }
  }
}

// The tokens of the last text: typing changes the end of the draft, and the tokens before the
// edit are the same (see `tokenize`).
const tokenMemory = new ScanMemory<Token>();

/**
 * Letter runs, digit runs and everything else, each run maximal. The tokens before a run that
 * starts with a digit or a separator depend only on the text before it and on the code point it
 * starts with (two units, for a surrogate pair): a text that agrees with the last one that far
 * resumes there. Tokens before such a run are never changed again (`pushLetters` only extends the
 * token right before a Chinese or Japanese run), so they are shared between the two lists.
 */
function tokenize(text: string): Token[] {
  const { hits: tokens, index: resumeAt } = tokenMemory.resume(text);
  TOKEN.lastIndex = resumeAt;
  for (let found = TOKEN.exec(text); found; found = TOKEN.exec(text)) {
    const raw = found[0];
    const from = found.index;
    if (found[1] === undefined) tokenMemory.checkpoint(from, tokens.length, from + 2);
    if (found[1] !== undefined) pushLetters(tokens, text, raw, from);
    else if (found[2] !== undefined) tokens.push({ type: 'digits', from, to: from + raw.length, digits: raw });
    else {
      const isGap = raw.length <= MAX_GAP && !/[:%$€£#]/.test(raw);
      tokens.push({ type: isGap ? 'gap' : 'other', from, to: from + raw.length });
    }
  }
  tokenMemory.remember(text, tokens);
  return tokens;
}

/** A number word or digit that can be part of a run; weak words need a number word beside them. */
function isNumeric(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  switch (token.type) {
    case 'digits':
      return true;
    case 'number':
      if (token.joins || isRepeat(token)) return false;
      if (!token.weak) return true;
      return isWeakWordANumber(neighbour(tokens, index, -1), neighbour(tokens, index, 1), token.homophone === true);
    case 'lookalike': {
      // Letters count only when they touch digits: "44O", "Ol7l", "4OO9"; several letters on one
      // side only are a word ("4oB" is a flat, "4º B" folded).
      const before = tokens[index - 1];
      const after = tokens[index + 1];
      const touchesBefore = before?.type === 'digits' && before.to === token.from;
      const touchesAfter = after?.type === 'digits' && after.from === token.to;
      // Capitals that start or end model codes ("A2881", "SM-A556E", "2201117TG") count only between digits ("3A7").
      if (token.modelLetter) return touchesBefore && touchesAfter;
      if (token.to - token.from === 1 && (touchesBefore || touchesAfter)) return true;
      // "9 8 l l O 2 3": single characters spaced apart, the letters among them stand for digits.
      if (token.to - token.from === 1 && isSingleCharacter(neighbour(tokens, index, -1)) && isSingleCharacter(neighbour(tokens, index, 1))) return true;
      // A lone "o" is read "oh" ("four two o 3 8"): a homophone of zero between single digits or beside number words.
      if (token.spokenZero) return isWeakWordANumber(neighbour(tokens, index, -1), neighbour(tokens, index, 1), true);
      // "8OO-412", "9OO l23": zeros and ones typed as letters end a group too.
      // Cyrillic letters beside digits spell no Latin word or flat ("4ЗЗ-10-77").
      return token.to - token.from > 1 && (touchesAfter || (touchesBefore && (token.cyrillic === true || ZEROS_AND_ONES.test(token.digits ?? ''))));
    }
    default:
      return false;
  }
}

const isSingleDigit = (token: Token) => token.to - token.from === 1;
/** A digit or a look-alike letter standing alone (not a model letter: "A 3 B" are grid cells). */
const isSingleCharacter = (token: Token | undefined) =>
  token !== undefined && token.to - token.from === 1 && (token.type === 'digits' || (token.type === 'lookalike' && !token.modelLetter));
const isWord = (token: Token | undefined) => token?.type === 'number' && !token.joins;

/**
 * "oh too for six", "2 ba 7": a weak word beside a number word, or an everyday number word between
 * typed digits; not "678 for two" or "1120 to 1205".
 */
function isWeakWordANumber(before: Token | undefined, after: Token | undefined, homophone: boolean): boolean {
  // "2 won 3 for ate": a homophone between single typed digits is one; "1120 to 1205" is a range.
  if (before?.type === 'digits' && after?.type === 'digits') return !homophone || (isSingleDigit(before) && isSingleDigit(after));
  // "3 for ate 1": homophones in a row between single digits.
  if (homophone && ((before?.type === 'digits' && isSingleDigit(before) && isWord(after)) || (isWord(before) && after?.type === 'digits' && isSingleDigit(after)))) {
    return true;
  }
  return (isWord(before) && after?.type !== 'digits') || (isWord(after) && before?.type !== 'digits');
}

/** The next token on one side, over one gap. */
function neighbour(tokens: readonly Token[], index: number, step: 1 | -1): Token | undefined {
  const next = tokens[index + step];
  return next?.type === 'gap' ? tokens[index + 2 * step] : next;
}

/** Homophones that are everyday words between numbers ("6 to 8", "2 for 3"): they alone are no disguise. */
const RANGE_WORDS = new Set(['to', 'too', 'for', 'two']);

const ENDS_GROUP = /[,.;:/\n]/;

/**
 * Rewrites spelled-out numbers as digits ("nine one seven" → "9 1 7", "soixante-dix-sept" → "77",
 * "一三七" → "137"), but only inside runs long enough to be a phone number, so "one or two things"
 * stays prose. Connector words inside such a run are dropped ("917 and 442" → "917 442").
 */
export function buildSpelledDigitsView(source: NormalizedText): NormalizedText {
  const text = source.text;
  if (!hasTrigger(text)) return source;
  const tokens = tokenize(text);
  const builder = source.derive();
  let copiedUpTo = 0;
  let changed = false;
  let index = 0;
  while (index < tokens.length) {
    if (!isNumeric(tokens, index) && !(isRepeat(tokens[index]) && isNumeric(tokens, index + 2))) {
      index += 1;
      continue;
    }
    // Grow a run of numeric tokens joined by gaps, connectors and repeat words.
    let end = index;
    let hasWord = false;
    let words = 0;
    let sawConnector = false;
    let homophones = 0;
    const reader = new SpokenNumberReader();
    for (let cursor = index; cursor < tokens.length; cursor += 1) {
      const token = tokens[cursor]!;
      if (isNumeric(tokens, cursor)) {
        if (token.type === 'number') {
          for (const morpheme of token.morphemes!) reader.word(morpheme, cursor);
          if (token.homophone && !RANGE_WORDS.has(text.slice(token.from, token.to).toLowerCase())) homophones += 1;
          // Homophones among typed digits are a disguise too ("9 8 for 3 to 1 ate"); "6 to 8 for 2" is ranges.
          hasWord ||= !token.weak || homophones >= 1;
          words += 1;
        } else {
          reader.literal(token.digits!, cursor);
          hasWord ||= token.type === 'lookalike' || sawConnector;
        }
        end = cursor;
      } else if (token.type === 'number' && (token.joins || isRepeat(token))) {
        for (const morpheme of token.morphemes!) reader.word(morpheme, cursor);
        sawConnector ||= token.joins === true;
      } else if (token.type === 'gap') {
        if (ENDS_GROUP.test(text.slice(token.from, token.to))) reader.flush();
      } else {
        break;
      }
    }
    reader.flush();
    const groups = reader.groups.filter((group) => group.last <= end);
    const digitCount = groups.reduce((sum, group) => sum + group.digits.length, 0);
    if (hasWord && (digitCount >= MIN_PHONE_DIGITS || words >= MIN_PART_WORDS)) {
      changed = true;
      builder.copy(copiedUpTo, tokens[index]!.from);
      let cursor = index;
      for (const group of groups) {
        // Between groups only the separators stay: connector and repeat words are dropped.
        for (; cursor < group.first; cursor += 1) {
          const token = tokens[cursor]!;
          // "幺八幺，两两零拐" (the comma folded to ","): a comma without a space would end the phone run.
          if (token.type !== 'gap') continue;
          if (text.slice(token.from, token.to) === ',') builder.replace(token.from, token.to, ', ');
          else builder.copy(token.from, token.to);
        }
        const from = tokens[group.first]!.from;
        const to = tokens[group.last]!.to;
        if (text.slice(from, to) === group.digits) builder.copy(from, to);
        else builder.replace(from, to, group.digits);
        cursor = group.last + 1;
      }
      copiedUpTo = tokens[end]!.to;
    }
    index = end + 1;
  }
  if (!changed) return source;
  builder.copy(copiedUpTo, text.length);
  return builder.build();
}

function isRepeat(token: Token | undefined): boolean {
  return token?.type === 'number' && token.morphemes!.length === 1 && token.morphemes![0]!.kind === 'repeat';
}
