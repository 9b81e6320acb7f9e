import type { ScanMemory } from './scanMemory.js';

// Between checkpoints in a stretch the pattern skips (ScanMemory keeps one every 16 characters or so).
const GAP_STEP = 16;

/**
 * A global pattern's exec loop that resumes after the last text's unchanged start (see
 * `ScanMemory`): typing changes the end of a draft, and the hits before the edit are the same.
 * When the pattern, started at `lastIndex` L, next matches at M, a start anywhere in [L, M] finds
 * that match first (an attempt at a place depends only on the text from there), so the scan may
 * resume at any such start once no attempt before it read a changed character.
 *
 * For patterns whose attempts read at most `reach` units past where they start (the longest match
 * plus its look-ahead; a lookbehind reads before the start, which is unchanged). `read` turns a match into a hit (or nothing); it
 * may look a code point before the match and up to `reach` past its start, and may set
 * `pattern.lastIndex` anywhere past the match's start.
 */
export function execResuming<Hit>(
  memory: ScanMemory<Hit>,
  pattern: RegExp,
  text: string,
  reach: number,
  read: (found: RegExpExecArray) => Hit | undefined,
): Hit[] {
  const { hits, index } = memory.resume(text);
  pattern.lastIndex = index;
  let gapStart = index;
  for (let found = pattern.exec(text); ; found = pattern.exec(text)) {
    const gapEnd = found ? found.index : text.length;
    for (let at = gapStart; at <= gapEnd; at += GAP_STEP) memory.checkpoint(at, hits.length, at + reach);
    if (!found) break;
    const hit = read(found);
    if (hit !== undefined) hits.push(hit);
    gapStart = pattern.lastIndex;
  }
  memory.remember(text, hits);
  return hits;
}
