import type { TermHit } from '../intent/channelTerms.js';
import { PLATFORM_NAMES } from '../lexicon/platformNames.js';
import { SOCIAL_NAME_ENDINGS } from '../lexicon/socialNameEndings.js';
import { codePointBefore, codePointLength } from '../text/codePointCut.js';
import { execResuming } from '../text/execResuming.js';
import { ScanMemory } from '../text/scanMemory.js';

/**
 * Platform names the lexicon lookup cannot see, because they were written to dodge it:
 * letter-spaced or dotted ("T E L E G R A M", "s.n.a.p", "テ レ グ ラ ム", "威 信"), misspelt by one
 * letter ("instagarm", "whatsaap", "telegrma"), or with a possessive or case ending glued on
 * ("snapim", "igku"). The lexicon stays the single list of names; this reads it loosely.
 */

// Single letters (a letter and its marks) joined by one or two spaces, dots, hyphens or stars.
// (No leading lookbehind: V8 tries one at every position, slowly outside ASCII; the start is checked by hand.)
const SPACED_RUN = /\p{L}\p{M}{0,2}(?:[ .*-]{1,2}\p{L}\p{M}{0,2}){1,24}(?![\p{L}\p{M}\d])/gu;
// How far past its start an attempt of SPACED_RUN can read: a letter with two marks (6 units), 24
// more after two separators (8 each), the look-ahead's code point (2). Keep in step with the pattern.
const SPACED_RUN_REACH = 6 + 24 * 8 + 2;
const WORD_CHAR = /[\p{L}\p{M}\d]/u;
const LETTER = /\p{L}\p{M}{0,2}/gu;
const MIN_SPACED = 4;
// Words one edit away from a name: only names this long, so short words ("tiktak", "lines") stay out.
const MIN_FUZZY = 7;
const MAX_FUZZY = 14;
// Whole words, dots and slashes included, so "t.me/instagarm" and "user.telegrma" are not words.
const WORD = /[\p{L}\p{M}\d._@/$-]+/gu;
const FUZZY_WORD = /^\p{L}{5,15}$/u;
// A name with symbols or digits for letters ("wh@tsapp", "in$ta", "1nst4gram"): letters around them.
const LEET_WORD = /^(?=.*[a-z].*[a-z])[a-z@$0-9]{4,15}$/;
const LEET_LETTERS: Readonly<Record<string, string>> = { '@': 'a', $: 's', '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const MIN_STEM = 4;
// Real words one letter from a name.
const NOT_NAMES = new Set(['discard', 'discards', 'thread', 'twister', 'twitted', 'messengers', 'passenger', 'telegraph']);
// Names that are everyday words: never read loosely.
const EVERYDAY = new Set(['threads', 'messenger', 'signal', 'line', 'snap', 'face', 'teams', 'zoom', 'meet', 'slack']);
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

interface Lexicon {
  exact: Map<string, string>;
  /** Every name and every name with one letter left out, to the name's platform (edit distance 1). */
  nearby: Map<string, string>;
  /** Names written without spaces between words (CJK): searched inside a joined run. */
  unspaced: Array<[string, string]>;
  /** Names that take a glued ending ("insta" + "ku"), longest first. */
  stems: Map<string, Array<[string, string]>>;
}

let lexicon: Lexicon | undefined;

function buildLexicon(): Lexicon {
  const exact = new Map<string, string>();
  const nearby = new Map<string, string>();
  const unspaced: Array<[string, string]> = [];
  const stems = new Map<string, Array<[string, string]>>();
  for (const [platform, names] of PLATFORM_NAMES) {
    for (const name of names) {
      if (name.includes(' ')) continue;
      exact.set(name, platform);
      if (UNSPACED.test(name)) unspaced.push([name, platform]);
      if (name.length >= MIN_STEM && /^[a-z]+$/.test(name) && !EVERYDAY.has(name)) {
        const head = name.slice(0, 2);
        stems.set(head, [...(stems.get(head) ?? []), [name, platform]]);
      }
      if (name.length < MIN_FUZZY || name.length > MAX_FUZZY || EVERYDAY.has(name) || UNSPACED.test(name)) continue;
      nearby.set(name, platform);
      for (let cut = 0; cut < name.length; cut += 1) nearby.set(name.slice(0, cut) + name.slice(cut + 1), platform);
    }
  }
  unspaced.sort((a, b) => b[0].length - a[0].length);
  return { exact, nearby, unspaced, stems };
}

/** The platform of a word one edit (a letter added, dropped, changed or swapped) from a name. */
function nearName({ nearby }: Lexicon, word: string): string | undefined {
  if (NOT_NAMES.has(word)) return undefined;
  const direct = nearby.get(word);
  if (direct) return direct;
  for (let cut = 0; cut < word.length; cut += 1) {
    const shorter = word.slice(0, cut) + word.slice(cut + 1);
    const platform = nearby.get(shorter);
    // The same first letter: a misspelling keeps it ("instagarm"), another word rarely does.
    if (platform && shorter[0] === word[0]) return platform;
  }
  return undefined;
}

/** The platform of a name with an ending glued on ("snapim", "igku", "instagramım"). */
function stemmedName({ stems }: Lexicon, word: string): string | undefined {
  for (const [name, platform] of stems.get(word.slice(0, 2)) ?? []) {
    if (word.length > name.length && word.startsWith(name) && SOCIAL_NAME_ENDINGS.has(word.slice(name.length))) return platform;
  }
  return undefined;
}

/** The platform of a name written with symbols or digits for some letters ("wh@tsapp", "1nsta"). */
function unLeeted(table: Lexicon, word: string): string | null {
  const letters = word.replace(/[@$\d]/g, (char) => LEET_LETTERS[char] ?? char);
  if (/\d/.test(letters)) return null;
  return table.exact.get(letters) ?? nearName(table, letters) ?? null;
}

const MAX_SEEN = 2048;
const seen = new Map<string, string | null>();

/** Platform names written letter-spaced, misspelt or with a glued ending, as lexicon hits. */
export function findSpelledPlatformNames(text: string): TermHit[] {
  lexicon ??= buildLexicon();
  const hits = execResuming(spacedMemory, SPACED_RUN, text, SPACED_RUN_REACH, (run) => readSpacedRun(lexicon!, text, run));
  const { hits: wordHits, index: wordsFrom } = wordMemory.resume(text);
  findMisspeltNames(lexicon, text, wordHits, wordsFrom);
  wordMemory.remember(text, wordHits);
  if (wordHits.length === 0) return hits;
  return [...hits, ...wordHits];
}

// What the two passes read of the last text: typing changes the end of a draft, and the names
// found before the edit, by attempts that never read a changed character, are the same.
const spacedMemory = new ScanMemory<TermHit>();
const wordMemory = new ScanMemory<TermHit>();

/** The name a letter-spaced run spells, if any; moves SPACED_RUN.lastIndex past a run that is part of a word. */
function readSpacedRun(lexicon: Lexicon, text: string, run: RegExpExecArray): TermHit | undefined {
  const letters = [...run[0].matchAll(LETTER)];
  if (WORD_CHAR.test(codePointBefore(text, run.index))) {
    // Past the run's whole first code point: a lastIndex inside a surrogate pair steps back to
    // the pair's start under the u flag, and the same run would match again forever.
    SPACED_RUN.lastIndex = run.index + codePointLength(text, run.index);
    return undefined;
  }
  const cjk = UNSPACED.test(run[0]);
  if (letters.length < (cjk ? 2 : MIN_SPACED)) return undefined;
  const joined = letters.map((letter) => letter[0]).join('').toLowerCase();
  // The longest name the joined letters start with ("telegram" in "t e l e g r a m এ"), or a
  // CJK name inside them ("威 信 号").
  let best: [string, string] | undefined;
  for (let length = joined.length; length >= 2 && !best; length -= 1) {
    const platform = lexicon.exact.get(joined.slice(0, length));
    if (platform && length >= MIN_SPACED) best = [joined.slice(0, length), platform];
  }
  if (cjk) best ??= lexicon.unspaced.find(([name]) => joined.includes(name));
  if (!best) return undefined;
  const first = joined.indexOf(best[0]);
  const head = letters[first]!;
  const tail = letters[first + [...best[0].matchAll(LETTER)].length - 1]!;
  return { from: run.index + head.index, to: run.index + tail.index + tail[0].length, slot: 'platform', platform: best[1] };
}

/**
 * Misspelt and leet names, word by word. Words are maximal runs, so the words before one depend
 * only on the text before it and its first unit: the scan may resume at any word's start.
 */
function findMisspeltNames(lexicon: Lexicon, text: string, hits: TermHit[], from: number): void {
  WORD.lastIndex = from;
  for (let word = WORD.exec(text); word; word = WORD.exec(text)) {
    wordMemory.checkpoint(word.index, hits.length, word.index + 1);
    const key = word[0].toLowerCase();
    const leet = !FUZZY_WORD.test(word[0]);
    if (leet && !(LEET_WORD.test(key) && /[@$\d]/.test(key))) continue;
    let platform = seen.get(key);
    if (platform === undefined) {
      // A name the lexicon lookup already finds is not read again.
      platform = leet ? unLeeted(lexicon, key) : lexicon.exact.has(key) ? null : (nearName(lexicon, key) ?? stemmedName(lexicon, key) ?? null);
      if (seen.size >= MAX_SEEN) seen.clear();
      seen.set(key, platform);
    }
    if (platform) hits.push({ from: word.index, to: word.index + word[0].length, slot: 'platform', platform });
  }
}

/** The lexicon hits of a text plus its spelled platform names, in order; a name both found once. */
export function withSpelledPlatformNames(text: string, hits: readonly TermHit[]): readonly TermHit[] {
  const spelled = findSpelledPlatformNames(text).filter((name) => !hits.some((hit) => hit.slot === 'platform' && hit.from < name.to && name.from < hit.to));
  if (spelled.length === 0) return hits;
  return [...hits, ...spelled].sort((a, b) => a.from - b.from || b.to - a.to);
}
