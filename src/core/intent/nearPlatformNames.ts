/**
 * Platform names one typo away: "messenjer", "wacap", "instagarm". A symmetric-delete index (every
 * name with one letter left out) answers "is this word one edit from a name?" with a few map
 * lookups per word, whatever the number of names. Only names of seven letters or more take part
 * (short nicknames sit one letter from everyday words: "instan" from "instant"), a name with a
 * plural or agent ending is a word of its own ("youtuber", "messengers"), and a word that is near
 * two different platforms names neither.
 */

const MIN_NAME_LENGTH = 7;
const MIN_LENGTH = 6;
const WORD_ENDINGS = new Set(['s', 'r']);
// Longer words are no name's typo; the bound also keeps a 50k-letter "word" from costing 50k copies.
const MAX_LENGTH = 24;
const AMBIGUOUS = '';

/** Deletion variants of platform names, to the platform they come from. */
export type NearNameIndex = ReadonlyMap<string, string>;

function variants(word: string): string[] {
  const letters = [...word];
  const out = [word];
  for (let at = 0; at < letters.length; at += 1) out.push(letters.slice(0, at).join('') + letters.slice(at + 1).join(''));
  return out;
}

/** Indexes the names (lower-case, one word) that are long enough and not everyday words. */
export function createNearNameIndex(names: Iterable<readonly [platform: string, name: string]>, skip: ReadonlySet<string>): NearNameIndex {
  const index = new Map<string, string>();
  for (const [platform, name] of names) {
    if ([...name].length < MIN_NAME_LENGTH || skip.has(name) || /[\s.]/.test(name)) continue;
    for (const variant of variants(name)) {
      const known = index.get(variant);
      index.set(variant, known === undefined || known === platform ? platform : AMBIGUOUS);
    }
  }
  return index;
}

/** The platform whose name is one insertion, deletion or substitution from `word`, if exactly one is. */
export function nearPlatformName(index: NearNameIndex, word: string): string | undefined {
  if (word.length > MAX_LENGTH * 2 || [...word].length < MIN_LENGTH || [...word].length > MAX_LENGTH) return undefined;
  if (WORD_ENDINGS.has(word.slice(-1)) && index.has(word.slice(0, -1))) return undefined;
  let found: string | undefined;
  for (const variant of variants(word)) {
    const platform = index.get(variant);
    if (platform === undefined) continue;
    if (platform === AMBIGUOUS || (found !== undefined && found !== platform)) return undefined;
    found = platform;
  }
  return found;
}
