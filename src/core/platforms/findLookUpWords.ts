import type { TermHit } from '../intent/channelTerms.js';
import { SOCIAL_LOOK_UP_WORDS } from '../lexicon/socialLookUpWords.js';
import { alternation } from '../text/alternation.js';
import { execResuming } from '../text/execResuming.js';
import { ScanMemory } from '../text/scanMemory.js';

const WORD_CHAR = /[\p{L}\p{M}]/u;
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff]/;
let pattern: RegExp | undefined;
// How far past its start an attempt can read: a word with two units per character and two spaces
// per space, an ending of 12 letters (two units each), the character after it.
let reach = 0;
// What the pass read of the last text (see `execResuming`).
const memory = new ScanMemory<TermHit>();

function buildPattern(): RegExp {
  const stems = SOCIAL_LOOK_UP_WORDS.filter((word) => word.endsWith('*')).map((word) => word.slice(0, -1));
  const words = SOCIAL_LOOK_UP_WORDS.filter((word) => !word.endsWith('*'));
  reach = 2 * Math.max(...SOCIAL_LOOK_UP_WORDS.map((word) => word.length)) + 2 * 12 + 2;
  // A stem takes any ending ("retrouve*": "retrouvez", "retrouve-moi"); a word stands alone.
  return new RegExp(`(?:${alternation(stems, '\\s{1,2}')})[\\p{L}\\p{M}]{0,12}|${alternation(words, '\\s{1,2}')}`, 'giu');
}

/**
 * The look-me-up words of `lexicon/socialLookUpWords`, as `search` hits ("cerca", "yazınca",
 * "খুঁজলেই"). They are looser than the contact verbs' search words ("find", "follow", "cek"), so
 * the caller asks for a name beside them. Whole words only, except in scripts without spaces.
 */
export function findLookUpWords(text: string): TermHit[] {
  pattern ??= buildPattern();
  return execResuming(memory, pattern, text, reach, (found): TermHit | undefined => {
    const from = found.index;
    const to = from + found[0].length;
    const cjk = UNSPACED.test(found[0]);
    if (!cjk && ((from > 0 && WORD_CHAR.test(text[from - 1]!)) || (to < text.length && WORD_CHAR.test(text[to]!)))) return undefined;
    return { from, to, slot: 'search' };
  });
}
