import { SEEK_PERSON_AFTER, SEEK_PERSON_BEFORE } from '../lexicon/seekPersonWords.js';
import { SEARCH_FILLER_WORDS, SEARCH_NEGATION_WORDS, SEARCH_THING_WORDS } from '../lexicon/searchFillerWords.js';
import { alternation } from '../text/alternation.js';

let after: RegExp | undefined;
let before: RegExp | undefined;
const REACH = 24;

const words = (table: Readonly<Record<string, string>>) => Object.values(table).flatMap((list) => list.split('|'));

/**
 * The search verb at [from, to) looks for a person to hire: "suche jemanden für unsere
 * Instagram-Stories", "cari admin buat kelola Instagram", "LINEボットを作ってくれる方を探して".
 * The platform it names is the work, not where to look someone up.
 */
export function seeksPerson(text: string, from: number, to: number): boolean {
  after ??= new RegExp(`^[\\s:]{0,3}(?:${alternation(words(SEEK_PERSON_AFTER), '\\s{1,2}')})(?![\\p{L}\\p{M}])`, 'iu');
  before ??= new RegExp(`(?:${alternation(words(SEEK_PERSON_BEFORE), '\\s{1,2}')})\\s{0,2}$`, 'u');
  return after.test(text.slice(to, to + REACH)) || before.test(text.slice(Math.max(0, from - REACH / 2), from));
}

let fillers: ReadonlySet<string> | undefined;
let negations: ReadonlySet<string> | undefined;

/** Words after a look-up verb that refuse rather than name: "(findest) du mich nicht". */
export function refusesName(words: string): boolean {
  fillers ??= new Set(SEARCH_FILLER_WORDS.split('|'));
  negations ??= new Set(SEARCH_NEGATION_WORDS.split('|'));
  const list = words.toLowerCase().split(/[\s:：]+/).filter((word) => word.length > 0);
  return list.some((word) => negations!.has(word)) && list.every((word) => fillers!.has(word) || negations!.has(word));
}

let things: ReadonlySet<string> | undefined;

/** Words after a look-up verb that start with an article name a thing, not a person or a page: "(look up) the recipe". */
export function namesThing(words: string): boolean {
  things ??= new Set(SEARCH_THING_WORDS.split('|'));
  const first = /[\p{L}\p{M}]+/u.exec(words)?.[0];
  return first !== undefined && things.has(first.toLowerCase());
}
