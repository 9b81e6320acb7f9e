import { CUE_WORDS, type CueWords } from './cueWords.js';
import { mapThroughChange, textChange } from './textChange.js';

export interface RemoveWithCuesOptions {
  /** The caret (or selection end) in `text`, to be carried over the edit. @default the end of the change */
  caret?: number;
  /** Cue words per language; every language's list is tried (a draft may mix them). @default CUE_WORDS */
  cues?: Readonly<Record<string, CueWords>>;
}

export interface RemoveWithCuesResult {
  text: string;
  /** Where the caret belongs in the new text. */
  caret: number;
}

interface Range {
  start: number;
  end: number;
}

interface Lists {
  phrases: readonly string[];
  labels: readonly string[];
  prepositions: readonly string[];
  connectors: ReadonlySet<string>;
  connectorList: readonly string[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);
const isBlank = (char: string | undefined) => char === ' ' || char === '\t' || char === '\u00A0';
// Lower case with straight apostrophes; same length as the input for the scripts the cues use.
const fold = (text: string) => text.toLowerCase().replaceAll('\u2019', "'");

const listsCache = new WeakMap<object, Lists>();
function listsOf(cues: Readonly<Record<string, CueWords>>): Lists {
  const cached = listsCache.get(cues);
  if (cached) return cached;
  const all = Object.values(cues);
  const lists: Lists = {
    phrases: all.flatMap((language) => language.phrases),
    labels: all.flatMap((language) => language.labels),
    prepositions: all.flatMap((language) => language.prepositions),
    connectors: new Set(all.flatMap((language) => language.connectors)),
    connectorList: all.flatMap((language) => language.connectors),
  };
  listsCache.set(cues, lists);
  return lists;
}

function skipBlanksBack(text: string, position: number, bound: number): number {
  let at = position;
  while (at > bound && isBlank(text[at - 1])) at -= 1;
  return at;
}

/** Start of the longest of `words` that ends at `end` as whole words, not before `bound`; -1 if none. */
function wordsEndingAt(text: string, end: number, bound: number, words: readonly string[]): number {
  if (isWordChar(text[end]) && isWordChar(text[end - 1])) return -1;
  let best = -1;
  for (const word of words) {
    const start = end - word.length;
    if (start < bound || (best !== -1 && start >= best)) continue;
    if (isWordChar(text[start - 1]) || fold(text.slice(start, end)) !== word) continue;
    best = start;
  }
  return best;
}

/** Where the removal of a detail starting at `start` begins: before the words that only introduce it. */
function cueStart(text: string, start: number, bound: number, lists: Lists): number {
  // "me chama no whatsapp 11 9…": a platform name, then a preposition, then a phrase; a few steps at most.
  let current = start;
  for (let step = 0; step < 3; step += 1) {
    const next = oneCueBack(text, current, bound, lists);
    if (next === current) break;
    current = next;
  }
  // "see my site or call 917…": the joining word goes too, or "see my site or tonight" is left.
  const connector = wordsEndingAt(text, skipBlanksBack(text, current, bound), bound, lists.connectorList);
  return connector === -1 ? current : connector;
}

/** One step of `cueStart`: a phrase (or a label before a colon), else a preposition with the phrase before it. */
function oneCueBack(text: string, start: number, bound: number, lists: Lists): number {
  let at = skipBlanksBack(text, start, bound);
  const colon = at > bound && text[at - 1] === ':';
  if (colon) at = skipBlanksBack(text, at - 1, bound);
  const phrase = wordsEndingAt(text, at, bound, colon ? [...lists.phrases, ...lists.labels] : lists.phrases);
  if (phrase !== -1 || colon) return phrase === -1 ? start : phrase;
  const preposition = wordsEndingAt(text, at, bound, lists.prepositions);
  if (preposition === -1) return start;
  const introduced = wordsEndingAt(text, skipBlanksBack(text, preposition, bound), bound, lists.phrases);
  return introduced === -1 ? preposition : introduced;
}

/**
 * A finding that stops inside a token ("paypal.me" of "paypal.me/ana") takes the rest of it, short
 * of trailing punctuation: a leftover "/ana" would read as nonsense.
 */
function wholeToken(text: string, end: number): number {
  let at = end;
  while (at < text.length && !/\s/.test(text[at]!)) at += 1;
  while (at > end && TOKEN_TAIL.includes(text[at - 1]!)) at -= 1;
  return at;
}
const TOKEN_TAIL = '.,;:!?)]}"\'\u2019';

const trimStartBlanks = (text: string) => text.replace(/^[ \t\u00A0]+/, '');
/** Trailing characters that pass `test` removed (a loop: an anchored-at-end regex would be quadratic). */
function trimEndOf(text: string, test: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && test(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}
const trimEndBlanks = (text: string) => trimEndOf(text, isBlank);
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Between two removed details, only blanks, a comma or slash and at most one joining word ("or", "y"). */
function onlyJoins(gap: string, connectors: ReadonlySet<string>): boolean {
  const words = gap.split(/[\s,;/]+/).filter(Boolean);
  return words.length === 0 || (words.length === 1 && connectors.has(fold(words[0]!)));
}

/** "and we can start" → "we can start", once what came before it is gone. */
function dropLeadingConnector(text: string, connectors: ReadonlySet<string>): string {
  const space = text.search(/[ \t]/);
  if (space <= 0 || !connectors.has(fold(text.slice(0, space)))) return text;
  return trimStartBlanks(text.slice(space));
}

/** "see my site or" → "see my site", once what followed it is gone. */
function dropTrailingConnector(text: string, connectors: ReadonlySet<string>): string {
  const space = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\t'));
  if (space <= 0 || !connectors.has(fold(text.slice(space + 1)))) return text;
  return trimEndBlanks(trimEndOf(trimEndBlanks(text.slice(0, space)), (char) => CLAUSE_PUNCTUATION.includes(char)));
}

const CLAUSE_PUNCTUATION = ',;:';
const SENTENCE_END = '.!?';

/** Joins what is kept on either side of a removed stretch, tidying spaces, punctuation and case. */
function join(left: string, right: string, capitalize: boolean, connectors: ReadonlySet<string>): string {
  const kept = trimEndBlanks(left);
  let rest = trimStartBlanks(right);
  const last = kept[kept.length - 1];
  if (last === undefined || last === '\n') {
    rest = dropLeadingConnector(trimStartBlanks(rest.replace(/^[,;:.!?]+/, '')), connectors);
    return kept + (capitalize ? upperFirst(rest) : rest);
  }
  if (rest === '' || rest[0] === '\n') return dropTrailingConnector(trimEndBlanks(trimEndOf(kept, (char) => CLAUSE_PUNCTUATION.includes(char))), connectors) + rest;
  const first = rest[0]!;
  if (CLAUSE_PUNCTUATION.includes(last) && (CLAUSE_PUNCTUATION + SENTENCE_END).includes(first)) return trimEndBlanks(kept.slice(0, -1)) + rest;
  if (SENTENCE_END.includes(last) && CLAUSE_PUNCTUATION.includes(first)) rest = trimStartBlanks(rest.slice(1));
  else if ((CLAUSE_PUNCTUATION + SENTENCE_END + ')').includes(first)) return kept + rest;
  if ((CLAUSE_PUNCTUATION + SENTENCE_END).includes(last)) rest = dropLeadingConnector(rest, connectors);
  if (SENTENCE_END.includes(last) && capitalize) rest = upperFirst(rest);
  return `${kept} ${rest}`;
}

/**
 * Removes the given spans of `text` together with the words that only introduced them ("text me
 * on", "my email is", "escríbeme al"), the words that only joined two of them ("or"), and tidies the
 * seams, so the sentence still reads: `"sure, text me on 917 442 0188 thanks"` → `"sure, thanks"`.
 * Every language's cue words are tried; words that carry meaning of their own stay.
 *
 * @param text - the text to edit.
 * @param spans - the spans to remove (findings), in any order; overlapping spans are merged.
 * @param options - the `caret` to carry over and the `cues` to use.
 *
 * @example
 * ```ts
 * removeWithCues('mail me at ana@mail.co thanks', [{ start: 0, end: 7 }, { start: 11, end: 22 }]).text; // 'thanks'
 * removeWithCues('Great, my address is ana@mail.co and we can start', [{ start: 21, end: 32 }]).text; // 'Great, we can start'
 * ```
 *
 * @group Display
 */
export function removeWithCues(
  text: string,
  spans: ReadonlyArray<{ start: number; end: number }>,
  { caret, cues = CUE_WORDS }: RemoveWithCuesOptions = {},
): RemoveWithCuesResult {
  const lists = listsOf(cues);
  const ranges: Range[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.end <= span.start || span.start < 0 || span.end > text.length) continue;
    const previous = ranges[ranges.length - 1];
    if (previous && span.start <= previous.end) {
      previous.end = Math.max(previous.end, span.end);
      continue;
    }
    const start = cueStart(text, span.start, previous?.end ?? 0, lists);
    const end = wholeToken(text, span.end);
    if (previous && onlyJoins(text.slice(previous.end, start), lists.connectors)) previous.end = end;
    else ranges.push({ start, end });
  }
  if (ranges.length === 0) return { text, caret: caret ?? text.length };
  let result = text.slice(0, ranges[0]!.start);
  ranges.forEach((range, index) => {
    const right = text.slice(range.end, ranges[index + 1]?.start ?? text.length);
    const removed = text[range.start]!;
    result = join(result, right, removed !== removed.toLowerCase(), lists.connectors);
  });
  const change = textChange(text, result);
  return { text: result, caret: mapThroughChange(caret ?? change.to, change) };
}
