import type { TermHit } from '../intent/channelTerms.js';
import { assembleWords } from '../lexicon/assembleWords.js';
import { PLATFORM_EMOJI_CHARACTERS } from '../lexicon/intl/platformEmoji.js';
import { alternation } from '../text/alternation.js';

// Scripts written without spaces: their words are found anywhere.
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;

/** The words of some assemble cues, each from a word's start (stems take endings: "buradakiyle", "এখানকার"). */
function wordsPattern(words: readonly string[]): RegExp {
  const spaced = alternation(words.filter((word) => !UNSPACED.test(word)), '\\s{1,2}');
  const unspaced = alternation(words.filter((word) => UNSPACED.test(word)), '');
  // The first characters looked for first: a leading lookbehind alone is tried at every position.
  const first = [...new Set(words.flatMap((word) => [word[0]!.toLowerCase(), word[0]!.toUpperCase()]))].join('').replace(/[\\\]^-]/g, '\\$&');
  return new RegExp(`(?=[${first}])(?:(?<![\\p{L}\\p{M}\\d])(?:${spaced})${unspaced ? `|${unspaced}` : ''})`, 'giu');
}

const HERE = wordsPattern(assembleWords('here'));
const SAME = wordsPattern(assembleWords('same'));
const NAME = wordsPattern([...assembleWords('name'), ...assembleWords('account')]);
// A sentence ends the reading; so does a question (someone asking, not giving).
// A dot ends it only before a space: ".art" is added to a name.
const CLAUSE_END = /[!?\n。！？؟।]|\.(?!\S)|$/u;
const REACH = 90;
// Something added to the reused name: a digit, or "_"/"." before a letter.
const ADDED = /\d|[_.][\p{L}\d]/u;
const MAX_NAMES = 20;
// Talk about the app, not an account on it: "I saw your work on insta, same style as here".
const NOT_SHARING = new Set(['seen', 'warning', 'rule', 'work']);
// An app's emoji names the app for intent only (as in findHandlesNearNames).
const EMOJI_NAMES = new Set(PLATFORM_EMOJI_CHARACTERS);

/** The end of the last match of `pattern` in `text` from `from` to `to`, or -1. */
function lastEnd(pattern: RegExp, text: string, from: number, to: number): number {
  // exec on the shared pattern, not matchAll: matchAll copies the (large) pattern on every call.
  const slice = text.slice(from, to);
  let end = -1;
  pattern.lastIndex = 0;
  for (let found = pattern.exec(slice); found !== null; found = pattern.exec(slice)) end = from + found.index + found[0].length;
  return end;
}

/**
 * An account given as "the same as my name here": a platform's name, then in the same sentence a
 * word for this site ("here", "d'ici", "yahan", "这里") and a word for the same name or for a
 * name or username ("mon snap c'est mon pseudo d'ici avec un 13 derrière", "instam buradakiyle
 * aynı, sonuna _tasarim ekle", "V信号和这里用户名一样"). Reads the lexicon words already found in
 * the text; the span runs from the name to the last cue.
 */
export function findSameAsHereHandles(text: string, hits: readonly TermHit[]): Array<{ from: number; to: number; platform?: string }> {
  if (hits.some((hit) => NOT_SHARING.has(hit.slot))) return [];
  const found: Array<{ from: number; to: number; platform?: string }> = [];
  let looked = 0;
  for (const name of hits) {
    if (name.slot !== 'platform' || EMOJI_NAMES.has(text.slice(name.from, name.to))) continue;
    if (++looked > MAX_NAMES) break;
    if (found.length > 0 && name.from < found[found.length - 1]!.to) continue;
    const rest = text.slice(name.to, name.to + REACH);
    const clauseEnd = name.to + rest.search(CLAUSE_END);
    const here = Math.max(
      lastEnd(HERE, text, name.to, clauseEnd),
      ...hits.filter((hit) => hit.slot === 'here' && hit.from >= name.to && hit.to <= clauseEnd).map((hit) => hit.to),
    );
    if (here < 0) continue;
    const named = lastEnd(NAME, text, name.to, clauseEnd);
    // Without a word for a name, "the same" is an account only with what to add to it ("with 77 at
    // the end", "_tasarim"): "my instagram is private, same as here" says how, not who. A name that
    // is an everyday word too ("snap", "insta" read with an ending) always needs the word for a name.
    const same = name.everyday || !ADDED.test(text.slice(name.to, clauseEnd)) ? -1 : lastEnd(SAME, text, name.to, clauseEnd);
    const reuse = Math.max(same, named);
    if (reuse < 0) continue;
    found.push({ from: name.from, to: Math.max(here, reuse), ...(name.platform ? { platform: name.platform } : {}) });
  }
  return found;
}
