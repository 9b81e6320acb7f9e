import { MEETING_WORDS } from '../lexicon/meetingWords.js';
import { NUMBER_WORDS } from '../lexicon/numberWords.js';
import { SOCIAL_NAME_ENDINGS } from '../lexicon/socialNameEndings.js';
import { plainSpelling } from '../phone/numberMorphemes.js';

const phrases = (field: 'platforms' | 'meeting' | 'id' | 'passcode') =>
  MEETING_WORDS.flatMap((words) => (words[field] ?? '').split('|')).filter(Boolean).map(plainSpelling);

/** Video-call apps and what is held on them, in every language. */
export const MEETING_CONTEXT = [...phrases('platforms'), ...phrases('meeting')];
export const PLATFORM_PHRASES = phrases('platforms');
export const ID_PHRASES = phrases('id');
export const PASSCODE_PHRASES = phrases('passcode');
/** "and", "then" in every language: "ID 812 3345 9901 y código de acceso Tq8mZ2". */
export const AND_PHRASES = NUMBER_WORDS.flatMap((words) => (words.connectors ?? '').split(' ')).filter(Boolean).map(plainSpelling);

const isLatinLetter = (char: string | undefined) => char !== undefined && /[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(char);

/** Text lower-cased and without accents, the same length as `text` (or undefined when it isn't). */
export function plainWindow(text: string): string | undefined {
  const plain = plainSpelling(text);
  return plain.length === text.length ? plain : undefined;
}

/**
 * Whether `phrase` sits at `at` in `plain` as a whole word (Latin and Cyrillic; other scripts join
 * words), an ending glued to it allowed ("zoomda", "zoomnya").
 */
function isWholeWord(plain: string, phrase: string, at: number): boolean {
  if (!isLatinLetter(phrase[0])) return true;
  if (isLatinLetter(plain[at - 1])) return false;
  let end = at + phrase.length;
  while (end < plain.length && isLatinLetter(plain[end])) end += 1;
  return end === at + phrase.length || SOCIAL_NAME_ENDINGS.has(plain.slice(at + phrase.length, end));
}

// Phrases by their first character: a window is read once, trying only the phrases that can start
// at each place (this runs for every long digit run of every message).
const byFirst = new WeakMap<readonly string[], Map<string, string[]>>();

function index(list: readonly string[]): Map<string, string[]> {
  let found = byFirst.get(list);
  if (!found) {
    found = new Map();
    for (const phrase of list) {
      const bucket = found.get(phrase[0]!);
      if (bucket) bucket.push(phrase);
      else found.set(phrase[0]!, [phrase]);
    }
    byFirst.set(list, found);
  }
  return found;
}

/** Where the last of `list` found in `plain` starts ("meeting id" rather than its "id"), or -1. */
export function lastPhrase(plain: string, list: readonly string[]): number {
  const phrases = index(list);
  let best = -1;
  let bestEnd = -1;
  for (let at = 0; at < plain.length; at += 1) {
    const bucket = phrases.get(plain[at]!);
    if (!bucket) continue;
    for (const phrase of bucket) {
      const end = at + phrase.length;
      // Later ends win; on the same end the longer phrase.
      if (end >= bestEnd && plain.startsWith(phrase, at) && isWholeWord(plain, phrase, at) && (end > bestEnd || at < best)) {
        best = at;
        bestEnd = end;
      }
    }
  }
  return best;
}

/** The end of the phrase of `list` that starts at `at` in `plain`, or -1. */
export function phraseEndAt(plain: string, list: readonly string[], at: number): number {
  let end = -1;
  for (const phrase of list) {
    if (plain.startsWith(phrase, at) && isWholeWord(plain, phrase, at)) end = Math.max(end, at + phrase.length);
  }
  return end;
}
