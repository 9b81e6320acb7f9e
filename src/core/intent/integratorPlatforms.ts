import { alternation } from '../text/alternation.js';
import type { PlatformDefinition } from '../types.js';
import { MAX_PHRASE_HITS } from './phraseSet.js';
import type { TermHit } from './termHit.js';

/**
 * The names of the platforms an integrator adds (`platforms` option) as platform words for the
 * clause readings: the lexicons are built once for every detector, these per detector.
 * Returns a reader that merges them into a text's lexicon words, or undefined when there are none.
 */
export function integratorPlatformReader(platforms: readonly PlatformDefinition[]): ((text: string, terms: readonly TermHit[]) => readonly TermHit[]) | undefined {
  const byName = new Map<string, string>();
  for (const platform of platforms) for (const name of platform.names) if (name.trim() !== '') byName.set(name.trim().toLowerCase(), platform.id);
  if (byName.size === 0) return undefined;
  // Whole words only: "threema" is not read inside "threemail".
  const names = new RegExp(`(?<![\\p{L}\\d])(?:${alternation(byName.keys(), '\\s{1,3}')})(?![\\p{L}\\d])`, 'giu');
  return (text, terms) => {
    const found: TermHit[] = [];
    names.lastIndex = 0;
    for (let match = names.exec(text); match && found.length < MAX_PHRASE_HITS; match = names.exec(text)) {
      const platform = byName.get(match[0].toLowerCase().replace(/\s+/gu, ' '));
      found.push({ from: match.index, to: match.index + match[0].length, slot: 'platform', ...(platform ? { platform } : {}) });
    }
    if (found.length === 0) return terms;
    return [...terms, ...found].sort((a, b) => a.from - b.from || b.to - a.to);
  };
}
