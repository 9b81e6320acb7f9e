/**
 * A trie of lexicon entries matched leftmost-longest in one pass over a text, without a regex:
 * thousands of words in 19 languages cost one table walk per word start, and no pattern to prove
 * free of backtracking. Entries are lower-case; a space or hyphen in an entry stands for 1–3
 * spaces or hyphens; a trailing "~" makes the entry a stem ("przelew~" also reads "przelewem").
 */

import { ScanMemory } from '../text/scanMemory.js';

/** One entry found in a text. */
export interface WordHit {
  from: number;
  to: number;
  /** Union of the tags of the entry. */
  tags: number;
  /** Label of the entry (a rail id), when it has one. */
  label?: string;
  /** Languages of the entries that end here, as bits (0 or left out: every language). */
  langs?: number;
}

/** True when both words belong to specific languages and share one ("kod" and "wyślij", not "kod" and "ok"). */
export const shareLanguage = (a: WordHit, b: WordHit): boolean => !!a.langs && !!b.langs && (a.langs & b.langs) !== 0;

/** True unless both words belong to specific languages and share none: a word of every language (no `langs`) goes with any. */
export const mayShareLanguage = (a: WordHit, b: WordHit): boolean => !a.langs || !b.langs || shareLanguage(a, b);

/** True when two words do not overlap and at most `reach` characters lie between them. */
export function withinReach(a: WordHit, b: WordHit, reach: number): boolean {
  const gap = a.to <= b.from ? b.from - a.to : b.to <= a.from ? a.from - b.to : -1;
  return gap >= 0 && gap <= reach;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Set on a node where an entry ends. */
  tags: number;
  stem: boolean;
  label?: string;
  langs: number;
}

const node = (): TrieNode => ({ next: new Map(), tags: 0, stem: false, langs: 0 });

// Scripts written without spaces between words: an entry in them is found inside a run of letters.
const GLUED = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
// Arabic glues "and", "with", "to", "the" to the next word ("بكروت", "والفلوس"): an entry is also
// read after them. Suffixes are covered by stems ("حساب~").
const CLITIC = /[\u0648\u0628\u0644\u0641\u0643]/;
const ARTICLE = '\u0627\u0644';
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const MAX_SPACES = 3;
// Characters between the scan's offers of a checkpoint (ScanMemory keeps one every 16 or so).
const CHECKPOINT_SPACING = 16;
// A text with more hits than this is spam: the reading is the same after the first ones.
const MAX_HITS = 2000;

// A letter or digit that continues a word. Chinese and Japanese characters don't: "PayPayの".
function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(text[index]!) && !GLUED.test(text[index]!);
}

// The farthest index the last `longestAt`/`afterClitics` looked at (exclusive), for `ScanMemory`.
let farthestRead = 0;

const isSpace = (code: number) => code === 32 || code === 45 || code === 9 || code === 10 || code === 160;

export interface WordTrie {
  /** `langs`: the languages the entry belongs to, as bits (0 or left out: every language). */
  add(entry: string, tags: number, label?: string, langs?: number): void;
  find(text: string): WordHit[];
}

/** An empty trie; `add` entries, then `find` in texts. */
export function createWordTrie(): WordTrie {
  const root = node();
  const memory = new ScanMemory<WordHit>();
  return {
    add(entry, tags, label, langs = 0) {
      const stem = entry.endsWith('~');
      if (entry.slice(0, -1).includes('~')) throw new Error(`wordTrie: "~" only ends an entry, in "${entry}"`);
      const word = (stem ? entry.slice(0, -1) : entry).trim().toLowerCase().replace(/[\s-]+/g, ' ');
      if (word === '') return;
      let at = root;
      for (const char of word.split('')) {
        let child = at.next.get(char);
        if (!child) at.next.set(char, (child = node()));
        at = child;
      }
      at.tags |= tags;
      at.langs |= langs;
      at.stem ||= stem;
      if (label !== undefined && at.label === undefined) at.label = label;
    },
    find(text) {
      // Turkish "İ" lower-cases to two code units ("i" and a combining dot): read it as "i" first,
      // or one "İyi akşamlar" would leave every word of the message unmatched.
      const lower = (text.includes('İ') ? text.replaceAll('İ', 'i') : text).toLowerCase();
      // Lower-casing must keep offsets ("İ" becomes two code units): otherwise read as typed.
      const source = lower.length === text.length ? lower : text;
      // A composer reads the draft again on every key: resume after the last hit whose reading
      // never looked at a character the edit changed (see `ScanMemory`).
      const { hits, index: resumeAt, reach: resumeReach } = memory.resume(source);
      let index = resumeAt;
      let reach = resumeReach;
      let nextCheckpoint = index;
      while (index < source.length && hits.length < MAX_HITS) {
        // A call per checkpoint, not per character: this loop visits every character.
        if (index >= nextCheckpoint) {
          memory.checkpoint(index, hits.length, reach);
          nextCheckpoint = index + CHECKPOINT_SPACING;
        }
        // Only the start of a word can start an entry (any character in Chinese and Japanese).
        if (index + 1 > reach) reach = index + 1;
        const code = source.charCodeAt(index);
        const glued = code >= 0x3040 && GLUED.test(source[index]!);
        if (!glued && isWordChar(source, index - 1)) {
          index += 1;
          continue;
        }
        const end = root.next.has(source[index]!) || (code >= 0x600 && code <= 0x6ff)
          ? (longestAt(root, source, index) ?? afterClitics(root, source, index))
          : undefined;
        if (farthestRead > reach) reach = farthestRead;
        farthestRead = 0;
        if (end === undefined) {
          index += 1;
          continue;
        }
        hits.push({ from: index, to: end.to, tags: end.node.tags, langs: end.node.langs, ...(end.node.label ? { label: end.node.label } : {}) });
        index = end.to;
      }
      memory.remember(source, hits);
      return hits;
    },
  };
}

/** An Arabic entry read after the particles glued before it ("و", "ب", "ال"…). */
function afterClitics(root: TrieNode, text: string, start: number): { to: number; node: TrieNode } | undefined {
  let at = start;
  farthestRead = Math.max(farthestRead, start + 4);
  if (at < text.length && CLITIC.test(text[at]!)) at += 1;
  // "لل" ("to the"); not "بب": "ببطاقة" is "with a card".
  if (text[at] === '\u0644' && text[at - 1] === '\u0644') at += 1;
  if (text.startsWith(ARTICLE, at)) at += 2;
  if (at === start) return undefined;
  // Two-letter words ("لا", "ما") are not read after a particle: "لما" is "when", not "not".
  const found = longestAt(root, text, at);
  return found && found.to - at >= 3 ? found : undefined;
}

/** The longest entry that starts at `start` and ends on a word boundary (or is a stem, or glued). */
function longestAt(root: TrieNode, text: string, start: number): { to: number; node: TrieNode } | undefined {
  let best: { to: number; node: TrieNode } | undefined;
  let at: TrieNode | undefined = root;
  let index = start;
  while (at && index <= text.length) {
    if (index + 1 > farthestRead) farthestRead = index + 1;
    // An entry ends here: one with tags, or a labelled one without (a neutral phrase).
    if ((at.tags !== 0 || at.label !== undefined) && index > start) {
      const last = text[index - 1]!;
      if (at.stem) {
        // A stem reads to the end of its word: "наличн~" covers "наличными".
        let end = index;
        while (end < text.length && isWordChar(text, end)) end += 1;
        if (end + 1 > farthestRead) farthestRead = end + 1;
        best = { to: end, node: at };
      } else if (GLUED.test(last) || !isWordChar(text, index)) {
        best = { to: index, node: at };
      }
    }
    if (index === text.length) break;
    const code = text.charCodeAt(index);
    if (isSpace(code)) {
      const spaced = at.next.get(' ');
      if (!spaced) break;
      let skip = index;
      while (skip < text.length && skip - index < MAX_SPACES && isSpace(text.charCodeAt(skip))) skip += 1;
      if (skip + 1 > farthestRead) farthestRead = skip + 1;
      at = spaced;
      index = skip;
      continue;
    }
    at = at.next.get(text[index]!);
    index += 1;
  }
  return best;
}
