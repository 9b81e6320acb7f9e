import { assembleWords, type AssembleCue } from '../lexicon/assembleWords.js';
import { AT_WORDS, DOT_WORDS } from '../lexicon/atDotWords.js';
import { MAIL_LABELS_WITH_TLD, MAIL_PROVIDERS } from '../lexicon/mailProviders.js';
import type { NormalizedText } from '../normalizedText.js';
import { matchFromView } from '../recognizer.js';
import { alternation } from '../text/alternation.js';
import { TOP_LEVEL_DOMAINS } from '../text/topLevelDomains.js';
import type { ContactMatch } from '../types.js';

type Cue = AssembleCue | 'symbol' | 'username';

// A provider named in the symbols view, where "জিমেইল" already reads "gmail": "gmail", "gmailu",
// "hotmail'im", "yandexе" (a case ending), "web.de", "@outlook.com". Latin boundaries only, so an
// Arabic "و" ("and") or Japanese text may touch it.
const PROVIDER = new RegExp(
  `(?<![a-z\\d.-])(?:(?:${alternation(MAIL_LABELS_WITH_TLD, '')})\\.[a-z]{2,6}(?:\\.[a-z]{2,3})?|(?:${alternation(Object.keys(MAIL_PROVIDERS), '')})(?:\\.[a-z]{2,6}(?:\\.[a-z]{2,3})?|['’]?[\\p{Ll}]{0,3}))(?![a-z\\d])`,
  'giu',
);
const CLAUSE_BREAK = /[\n!?。！？]|[.;](?=\s)/u;
const MAX_REACH = 140;
const LOCAL_CHARACTER = /[\p{L}\d._%+-]/u;
const SUFFIX = /^[\p{L}\p{M}]{0,3}(?![\p{L}\p{M}\d])/u;

const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
/** Words from their start (the ending is checked apart, see `endsWord`); Chinese and Japanese words anywhere. */
function cuePattern(words: readonly string[]): RegExp {
  const spaced = alternation(words.filter((word) => !UNSPACED.test(word)), ' ');
  const unspaced = alternation(words.filter((word) => UNSPACED.test(word)), '');
  const bounded = `(?<![\\p{L}\\p{M}\\d])(?:${spaced})`;
  return new RegExp(unspaced ? `${bounded}|${unspaced}` : bounded, 'giu');
}

/** A cue word ends there, or after a short ending ("kullanıcı adımla", "gmailu"). */
const endsWord = (text: string, end: number, word: string) => UNSPACED.test(word) || SUFFIX.test(text.slice(end, end + 4));

/** The local part right before an "@" that ends at `index`, if any. */
function localBefore(text: string, index: number): string | undefined {
  if (text[index - 1] !== '@') return undefined;
  let start = index - 1;
  while (start > 0 && index - start <= 65 && LOCAL_CHARACTER.test(text[start - 1]!)) start -= 1;
  return start < index - 1 ? text.slice(start, index - 1) : undefined;
}

const CUES: ReadonlyArray<readonly [Cue, RegExp]> = [
  ...(['name', 'sequence', 'join', 'here', 'same'] as const).map((cue) => [cue, cuePattern(assembleWords(cue))] as const),
  ['symbol', new RegExp(`@|${cuePattern([...AT_WORDS, ...DOT_WORDS]).source}`, 'giu')],
  // "tunde.bakare", "tutorbea_2020", "r.o.m.e.l.l.o.p.e.z.9.1": a username typed next to the provider.
  ['username', /(?<![\p{L}\d._@-])[a-z\d][a-z\d._-]{2,40}[a-z\d](?![\p{L}\d@-])/giu],
];
const CUE_WORDS = new Set(
  [...(['name', 'sequence', 'join', 'here', 'same'] as const).flatMap((cue) => assembleWords(cue)), ...AT_WORDS, ...DOT_WORDS].map((word) =>
    word.toLowerCase(),
  ),
);

interface Found {
  cue: Cue;
  start: number;
  end: number;
}

/** A username: letters with a digit, "_" or ".", and not itself a domain ("web.de") or a provider. */
function isUsername(token: string): boolean {
  if (!/[._\d]/.test(token) || (token.match(/[a-z]/gi)?.length ?? 0) < 2) return false;
  const labels = token.toLowerCase().split('.');
  const last = labels[labels.length - 1]!;
  return !(labels.length > 1 && last.length > 1 && TOP_LEVEL_DOMAINS.has(last)) && !Object.hasOwn(MAIL_PROVIDERS, labels[0]!);
}

/** Between a provider and a username: punctuation, Chinese or Japanese text, or at most two short words ("ko po:", "is"). */
function isShortGap(gap: string): boolean {
  if (/\d|@/.test(gap)) return false;
  const words = gap.match(/[\p{sc=Latin}\p{sc=Cyrillic}]+/gu) ?? [];
  return words.length <= 2 && words.every((word) => word.length <= 6);
}

/**
 * Addresses described instead of typed, in one sentence around a mail provider's name:
 * - "same as my username here, at gmail" (a username cue with "here" or "same");
 * - "my name, then the at sign, then gmail" (cues of two kinds: parts, order, joining, "@" words, a username);
 * - "yahoo ko po: tutorbea_2020" (a provider right next to a username).
 */
export function findDescribedAddresses(view: NormalizedText): ContactMatch[] {
  const text = view.text;
  const spans: Array<{ start: number; end: number }> = [];
  for (const provider of text.matchAll(PROVIDER)) {
    const providerStart = provider.index;
    const providerEnd = providerStart + provider[0].length;
    // "ana.bauer@gmail.com" is typed, not described (unless the "@" was a word after a cue: "poi chiocciola gmail").
    const local = localBefore(text, providerStart);
    if (local && !CUE_WORDS.has(local.toLowerCase())) continue;
    const clauseStart = clauseEdge(text, providerStart, -1);
    const clauseEnd = clauseEdge(text, providerEnd, 1);
    const clause = text.slice(clauseStart, clauseEnd);
    const found: Found[] = [];
    for (const [cue, pattern] of CUES) {
      for (const match of clause.matchAll(pattern)) {
        const start = clauseStart + match.index;
        const end = start + match[0].length;
        if (end > providerStart && start < providerEnd) continue;
        if (cue === 'username' ? !isUsername(match[0]) : !endsWord(text, end, match[0])) continue;
        found.push({ cue, start, end });
      }
    }
    const kinds = new Set(found.map((item) => item.cue));
    const beside = found.find(
      (item) =>
        item.cue === 'username' &&
        isShortGap(item.start >= providerEnd ? text.slice(providerEnd, item.start) : text.slice(item.end, providerStart)),
    );
    let used: Found[];
    if (beside) used = [beside];
    else if (kinds.has('here') && (kinds.has('name') || kinds.has('same'))) used = found.filter((item) => item.cue !== 'username');
    else if (['name', 'sequence', 'join', 'symbol', 'username'].filter((cue) => kinds.has(cue as Cue)).length >= 2) used = found;
    else continue;
    spans.push({
      start: Math.min(providerStart, ...used.map((item) => item.start)),
      end: Math.max(providerEnd, ...used.map((item) => item.end)),
    });
  }
  // "my QQ number is 915527306, the QQ mail is that number plus qq.com": of two providers in one
  // sentence, the one the cues sit next to describes the address; a span holding another is too wide.
  // Overlapping descriptions are one address.
  const merged: Array<{ start: number; end: number }> = [];
  for (const span of spans.filter((span) => !spans.some((other) => other !== span && other.start >= span.start && other.end <= span.end))) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged.map((span) => matchFromView(view, span.start, span.end, { kind: 'email', confidence: 0.7, obfuscated: true }));
}

/** Where the sentence around `index` starts (direction -1) or ends (+1), at most MAX_REACH away. */
function clauseEdge(text: string, index: number, direction: 1 | -1): number {
  if (direction === 1) {
    const rest = text.slice(index, index + MAX_REACH);
    const stop = rest.search(CLAUSE_BREAK);
    return index + (stop === -1 ? rest.length : stop);
  }
  const from = Math.max(0, index - MAX_REACH);
  const before = text.slice(from, index);
  let edge = from;
  for (const match of before.matchAll(new RegExp(CLAUSE_BREAK.source, 'gu'))) edge = from + match.index + match[0].length;
  return edge;
}
