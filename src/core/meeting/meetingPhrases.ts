import { MEETING_WORDS } from '../lexicon/meetingWords.js';
import { plainSpelling } from '../phone/numberMorphemes.js';

const phrases = (field: 'platforms' | 'meeting' | 'id' | 'passcode') =>
  MEETING_WORDS.flatMap((words) => (words[field] ?? '').split('|')).filter(Boolean).map(plainSpelling);

/** Video-call apps and what is held on them, in every language. */
export const MEETING_CONTEXT = [...phrases('platforms'), ...phrases('meeting')];
export const PLATFORM_PHRASES = phrases('platforms');
export const ID_PHRASES = phrases('id');
export const PASSCODE_PHRASES = phrases('passcode');

const isLatinLetter = (char: string | undefined) => char !== undefined && /[\p{Script=Latin}\p{Script=Cyrillic}]/u.test(char);

/** Text lower-cased and without accents, the same length as `text` (or undefined when it isn't). */
export function plainWindow(text: string): string | undefined {
  const plain = plainSpelling(text);
  return plain.length === text.length ? plain : undefined;
}

/** Whether `phrase` sits at `at` in `plain` as a whole word (Latin and Cyrillic; other scripts join words). */
function isWholeWord(plain: string, phrase: string, at: number): boolean {
  if (!isLatinLetter(phrase[0])) return true;
  return !isLatinLetter(plain[at - 1]) && !isLatinLetter(plain[at + phrase.length]);
}

/** Where the last of `list` found in `plain` starts ("meeting id" rather than its "id"), or -1. */
export function lastPhrase(plain: string, list: readonly string[]): number {
  let best = -1;
  let bestEnd = -1;
  for (const phrase of list) {
    let at = plain.lastIndexOf(phrase);
    while (at >= 0 && !isWholeWord(plain, phrase, at)) at = at > 0 ? plain.lastIndexOf(phrase, at - 1) : -1;
    const end = at + phrase.length;
    if (at >= 0 && (end > bestEnd || (end === bestEnd && at < best))) {
      best = at;
      bestEnd = end;
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
