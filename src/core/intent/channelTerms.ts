import { CHANNEL_WORDS } from '../lexicon/channelWords.js';
import { CONTACT_VERBS } from '../lexicon/contactVerbs.js';
import { PLATFORM_EMOJI_CHARACTERS } from '../lexicon/intl/platformEmoji.js';
import { PLATFORM_NAMES } from '../lexicon/platformNames.js';
import { REMEMBERED_LENGTH, ScanMemory } from '../text/scanMemory.js';
import { createNearNameIndex, type NearNameIndex, nearPlatformName } from './nearPlatformNames.js';
import { MAX_PHRASE_HITS } from './phraseSet.js';
import type { TermHit, TermSlot } from './termHit.js';
import { joinVagueApps } from './vagueApps.js';

export type { TermHit, TermSlot } from './termHit.js';

interface Entry {
  slot: TermSlot;
  platform?: string;
  /** A name read one typo away ("messenjer"): like an everyday word, it names an app only after a cue. */
  guessed?: boolean;
}

// Names that are everyday words ("line", "signal", "face"): never read with an inflection ending.
const WORD_NAMES = new Set(['line', 'signal', 'snap', 'face', 'tele', 'télé', 'zap', 'x', 'wa', 'sc', 'tt', 'dc', 'imo', 'kik', 'threads', 'slack', 'whats', 'ok', 'tl', 'zl', 'ig', 'wp', 'kakao', 'zoom', 'mess', 'wats', 'ins', 'insta', 'meet', 'teams', 'messenger', 'contact', 'сигнал', 'контакт', 'ок', 'gram', 'the gram', 'sig', 'messa', 'سگنل', ...PLATFORM_EMOJI_CHARACTERS]);
// Case and locative endings people glue to a platform's name: "telegramie", "vatsaptan", "вотсапу", "স্কাইপে".
const ENDINGS = new Set(['ie', 'zie', 'a', 'e', 'u', 'y', 'ę', 'ą', 'em', 'om', 'ta', 'te', 'da', 'de', 'tan', 'ten', 'dan', 'den', 'ın', 'in', 'un', 'ün', 'ı', 'i', 'е', 'у', 'а', 'ом', 'ой', 'ем', 'ке', 'ку', 'ে', 'তে', 'এ', 'য়', 'ের', 'েই', 'তেই', 'ku', 'mu', 'nya']);
const MAX_ENDING = 3;
const TURKISH_CASE = new Set(['da', 'de', 'ta', 'te', 'dan', 'den', 'tan', 'ten', 'ya', 'ye']);
const MIN_NICK_STEM = 2;
const MIN_NON_LATIN_STEM = 3;
// (not "nag-": "nag-message ako dito" tells what was done.)
const TAGALOG_PREFIXES = new Set(['i', 'mag', 'maki', 'pa', 'ipa']);
const ELIDED = new Set(['qu', 'sull', 'dell', 'nell', 'all', 'dall', 'coll', 'quell', 'jusqu', 'lorsqu', 'puisqu']);
const LATIN = /[a-z]/i;
const LONG_NAME = 7;
// Arabic proclitics before a name: "بالواتس", "عالواتس", "والتليجرام".
const ARABIC_PREFIXES = ['وال', 'بال', 'فال', 'عال', 'لل', 'ال', 'و', 'ب', 'ل', 'ف', 'ع'];
const MAX_WORDS = 4;
const MIN_STEM = 5;
const MAX_STEM = 12;
const MIN_SPACED_LETTERS = 4;

// Scripts written without spaces between words: their terms are found as substrings.
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const UNSPACED_RUN = /[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+/g;
const KATAKANA = /[\u30a0-\u30ff]/;
// An app's emoji is a word of its own ("sur ✈️"): the only symbols read as words.
const TOKEN = new RegExp(`[\\p{L}\\p{M}\\d]+(?:['’][\\p{L}\\p{M}]+|-[\\p{L}\\p{M}\\d]+){0,3}|${PLATFORM_EMOJI_CHARACTERS.join('|')}`, 'gu');
const SPACED_GAP = /^[ .]$/;
const SINGLE_LETTER = /^[\p{L}]$/u;
const ARABIC = /^[\u0600-\u06ff]/;
const WORD_CHAR = /[\p{L}\d]/u;

interface Token {
  from: number;
  to: number;
  key: string;
  /**
   * What `findChannelTerms` read at this word, kept for the next draft (the tokenizer hands the
   * same token objects back while the text up to them is unchanged): the words the reading took,
   * its hits, and the words after it that a term of several words looked at.
   */
  // Always present (undefined until read), so every token has one shape.
  reading: { taken: number; hits: readonly TermHit[]; after: readonly Token[] | undefined } | undefined;
}

const NO_HITS: readonly TermHit[] = [];
const NOTHING_READ: NonNullable<Token['reading']> = { taken: 1, hits: NO_HITS, after: undefined };

/** True when `tokens` from `from` on are the very tokens in `after` (same objects: same words, same gaps). */
function sameTokens(after: readonly Token[], tokens: readonly Token[], from: number): boolean {
  if (Math.min(tokens.length - from, MAX_WORDS - 1) !== after.length) return false;
  for (let offset = 0; offset < after.length; offset += 1) if (tokens[from + offset] !== after[offset]) return false;
  return true;
}

interface Index {
  words: Map<string, Entry[]>;
  unspaced: RegExp | undefined;
  /** Words that may start a term of several words, spaced ("whats app") or joined ("व्हा ट्स ऐप"). */
  multiStarts: Set<string>;
  /** The first letters of every stem ("escrib*"), so most words skip the stem lookups. */
  stemHeads: Set<string>;
  nearNames: NearNameIndex;
}

function buildIndex(): Index {
  const words = new Map<string, Entry[]>();
  const multiStarts = new Set<string>();
  const stemHeads = new Set<string>();
  const unspacedTerms = new Set<string>();
  const add = (term: string, entry: Entry) => {
    const key = term.toLowerCase();
    if (UNSPACED.test(key)) unspacedTerms.add(key);
    if (key.includes(' ')) multiStarts.add(key.slice(0, key.indexOf(' ')));
    if (key.endsWith('*')) stemHeads.add(key.slice(0, MIN_STEM));
    // Any start of a name may be the first piece of it typed apart: "whats app", "व्हा ट्स ऐप".
    if (entry.slot === 'platform' && !key.includes(' ')) for (let length = 2; length < key.length; length += 1) multiStarts.add(key.slice(0, length));
    const list = words.get(key) ?? [];
    if (!list.some((known) => known.slot === entry.slot && known.platform === entry.platform)) list.push(entry);
    words.set(key, list);
  };
  for (const [platform, names] of PLATFORM_NAMES) for (const name of names) add(name, { slot: 'platform', platform });
  for (const table of [CONTACT_VERBS, CHANNEL_WORDS] as const) {
    for (const [slot, terms] of Object.entries(table) as Array<[TermSlot, readonly string[]]>) for (const term of terms) add(term, { slot });
  }
  const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const sorted = [...unspacedTerms].sort((a, b) => b.length - a.length).map(escape);
  const names = [...PLATFORM_NAMES].flatMap(([platform, list]) => list.map((name) => [platform, name] as const));
  // A lexicon word is never a misspelt name ("vibes" is not "viber" when it is listed as a word).
  const nearNames = createNearNameIndex(names, new Set([...WORD_NAMES, ...[...words.keys()].filter((key) => !words.get(key)!.some((entry) => entry.slot === 'platform'))]));
  return { words, unspaced: sorted.length > 0 ? new RegExp(sorted.join('|'), 'gi') : undefined, multiStarts, stemHeads, nearNames };
}

let index: Index | undefined;

// The words of the last text: a composer tokenizes the draft again on every key (see ScanMemory).
const tokenMemory = new ScanMemory<Token>();

/** Splits a text into words, cutting unspaced scripts out and joining letter-spaced runs ("T e l e g r a m"). */
function tokenize(text: string): Token[] {
  const { hits: tokens, index: resumeAt } = tokenMemory.resume(text);
  TOKEN.lastIndex = resumeAt;
  for (let found = TOKEN.exec(text); found; found = TOKEN.exec(text)) {
    const word = found[0];
    const end = found.index + word.length;
    // A word is decided by the characters up to the three after it (an apostrophe or hyphen and a
    // letter, maybe astral, would go on with it; "isDotted" reads a dot and the character after it).
    addToken(text, found.index, word, tokens);
    tokenMemory.checkpoint(end, tokens.length, end + 3);
  }
  tokenMemory.remember(text, tokens);
  return joinSpacedLetters(text, tokens);
}

function addToken(text: string, from: number, word: string, tokens: Token[]): void {
  // "customer.phone", "user.email": a dotted identifier in code, not a word.
  if (isDotted(text, from, from + word.length)) return;
  if (!UNSPACED.test(word)) {
    tokens.push({ from, to: from + word.length, key: word.toLowerCase(), reading: undefined });
    return;
  }
  UNSPACED_RUN.lastIndex = 0;
  for (let run = UNSPACED_RUN.exec(word); run; run = UNSPACED_RUN.exec(word)) {
    const start = from + run.index;
    tokens.push({ from: start, to: start + run[0].length, key: run[0].toLowerCase(), reading: undefined });
  }
}

function isDotted(text: string, from: number, to: number): boolean {
  return (text[from - 1] === '.' && WORD_CHAR.test(text[from - 2] ?? '')) || (text[to] === '.' && WORD_CHAR.test(text[to + 1] ?? ''));
}

function joinSpacedLetters(text: string, tokens: Token[]): Token[] {
  const joined: Token[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    let end = at;
    while (
      end + 1 < tokens.length &&
      SINGLE_LETTER.test(tokens[end]!.key) &&
      SINGLE_LETTER.test(tokens[end + 1]!.key) &&
      tokens[end + 1]!.from - tokens[end]!.to === 1 &&
      SPACED_GAP.test(text[tokens[end]!.to]!)
    ) end += 1;
    if (end - at + 1 >= MIN_SPACED_LETTERS) {
      const run = tokens.slice(at, end + 1);
      joined.push({ from: run[0]!.from, to: run[run.length - 1]!.to, key: run.map((token) => token.key).join(''), reading: undefined });
      at = end;
    } else {
      joined.push(tokens[at]!);
    }
  }
  return joined;
}

const MAX_SEEN = 4096;
const seen = new Map<string, readonly Entry[] | null>();

/** The entries of the word before a hyphen ("écrivez" in "écrivez-moi"). */
function hyphenHead(key: string): Entry[] | undefined {
  const hyphen = key.indexOf('-');
  // "i-chat mo ko", "mag-text na lang": a Tagalog verb prefix before the verb.
  if (hyphen > 0 && index && TAGALOG_PREFIXES.has(key.slice(0, hyphen))) return lookUp(index, key.slice(hyphen + 1), true);
  return hyphen > 0 && index ? lookUp(index, key.slice(0, hyphen), true) : undefined;
}

/** A term of two to four words at `at`, spaced or joined, longest first; how many words it took (1 for none). */
function matchSeveral(text: string, tokens: readonly Token[], at: number, push: (from: number, to: number, entries: readonly Entry[]) => void): number {
  const { words } = index!;
  const runs: Array<{ count: number; spaced: string; joined: string }> = [];
  let spaced = tokens[at]!.key;
  let joined = spaced;
  for (let count = 2; count <= MAX_WORDS && at + count - 1 < tokens.length; count += 1) {
    const previous = tokens[at + count - 2]!;
    const next = tokens[at + count - 1]!;
    const gap = next.from - previous.to;
    if (gap < 1 || gap > 2 || text.slice(previous.to, next.from).trim() !== '') break;
    spaced += ` ${next.key}`;
    joined += next.key;
    runs.push({ count, spaced, joined });
  }
  for (let run = runs.length - 1; run >= 0; run -= 1) {
    const { count, spaced: key, joined: together } = runs[run]!;
    const entries = severalOf(words, key, together);
    if (entries) {
      push(tokens[at]!.from, tokens[at + count - 1]!.to, entries);
      return count;
    }
  }
  return 1;
}

const seenSeveral = new Map<string, readonly Entry[] | null>();

/**
 * The entries of a run of words, spaced or joined. The same few runs are looked up on every key
 * ("whats app", "me on"), and the answer depends on the spaced key only (the joined key is the
 * same words without their spaces), so each is looked up once (bounded, like `seen`).
 */
function severalOf(words: Index['words'], key: string, together: string): readonly Entry[] | undefined {
  let entries = seenSeveral.get(key);
  if (entries === undefined) {
    entries = words.get(key) ?? words.get(together) ?? lookUp(index!, key, false) ?? null;
    if (seenSeveral.size >= MAX_SEEN) seenSeveral.clear();
    seenSeveral.set(key, entries);
  }
  return entries ?? undefined;
}

/** The entries for one word, trying the forms people bend a name into. */
function lookUp(table: Index, key: string, single: boolean, stripped = false): Entry[] | undefined {
  const { words, stemHeads, nearNames } = table;
  const exact = words.get(key);
  if (exact) return exact;
  // "insta'dan", "WhatsApp'tan", "face'te": a Turkish ending after an apostrophe.
  const apostrophe = single ? key.search(/['’]/) : -1;
  // "t'ajoute", "m'écrire": a French elided pronoun before the verb.
  if (apostrophe === 1) return words.get(key.slice(2)) ?? lookUp(table, key.slice(2), true, true);
  // "sull'app", "dall'insta", "qu'on": a longer elided article or preposition (Italian, French).
  if (apostrophe > 0 && ELIDED.has(key.slice(0, apostrophe))) return words.get(key.slice(apostrophe + 1)) ?? lookUp(table, key.slice(apostrophe + 1), true, true);
  if (apostrophe > 0) return words.get(key.slice(0, apostrophe));
  for (let cut = 1; cut <= MAX_ENDING && key.length - cut >= MIN_NICK_STEM; cut += 1) {
    const stem = key.slice(0, key.length - cut);
    const ending = key.slice(key.length - cut);
    // "instada", "wpden", "wpye": a Turkish case ending on a short name or nickname (not "wade", "okta":
    // a name of two to four letters takes only the three-letter endings and the dative).
    const turkish = TURKISH_CASE.has(ending) && WORD_NAMES.has(stem) && (stem.length >= 5 || cut === 3 || ending.startsWith('y'));
    // "টেলিতে", "инсте": a short nickname in a script of its own takes its case ending too (a Latin
    // one of four letters does not: "wade", "okta").
    const nonLatin = stem.length >= MIN_NON_LATIN_STEM && !LATIN.test(stem);
    if (stem.length < 5 && !turkish && !nonLatin) continue;
    // A short everyday name takes only a long ending ("instadan", "messengera"; not "signale").
    if (!turkish && (!ENDINGS.has(ending) || (WORD_NAMES.has(stem) && cut < 3 && stem.length < LONG_NAME))) continue;
    const entries = words.get(stem)?.filter((entry) => entry.slot === 'platform');
    if (entries && entries.length > 0) return entries;
  }
  // A stem ("escrib*" for "escríbeme", "escribir"…) stands for every word that starts with it.
  if (single && key.length >= MIN_STEM && stemHeads.has(key.slice(0, MIN_STEM))) {
    for (let length = Math.min(key.length, MAX_STEM); length >= MIN_STEM; length -= 1) {
      const entries = words.get(`${key.slice(0, length)}*`);
      if (entries) return entries;
    }
  }
  if (single && !stripped && ARABIC.test(key)) {
    for (const prefix of ARABIC_PREFIXES) {
      if (key.length - prefix.length >= 3 && key.startsWith(prefix)) {
        // "الإيميل" → "إيميل", a stem ("إيميل*") included.
        const entries = lookUp(table, key.slice(prefix.length), true, true);
        if (entries) return entries;
      }
    }
  }
  return single && !stripped ? nearName(nearNames, key) : undefined;
}

/** A platform name one typo away, as is or before a case ending ("messenjer", "wacapie"). */
function nearName(nearNames: NearNameIndex, key: string): Entry[] | undefined {
  for (let cut = 0; cut <= MAX_ENDING && key.length - cut >= 5; cut += 1) {
    if (cut > 0 && !ENDINGS.has(key.slice(key.length - cut))) continue;
    const platform = nearPlatformName(nearNames, key.slice(0, key.length - cut));
    if (platform) return [{ slot: 'platform', platform, guessed: true }];
  }
  return undefined;
}

/**
 * Every lexicon word in a text (platform names, contact verbs, channel words), in order. Words of
 * one to three tokens are looked up whole, spaced ("whats app") and joined ("व्हा ट्स ऐप"), then
 * with inflection endings or Arabic proclitics taken off; unspaced scripts are searched as
 * substrings. One pass over the text plus a few map lookups per word.
 */
export function findChannelTerms(text: string): TermHit[] {
  index ??= buildIndex();
  const { words, unspaced, multiStarts } = index;
  const tokens = tokenize(text);
  const hits: TermHit[] = [];
  const push = (from: number, to: number, entries: readonly Entry[]) => {
    const everyday = WORD_NAMES.has(text.slice(from, to).toLowerCase());
    for (const entry of entries) {
      const plain = everyday || entry.guessed === true;
      hits.push({ from, to, slot: entry.slot, ...(entry.platform ? { platform: entry.platform } : {}), ...(plain && entry.platform ? { everyday: true } : {}) });
    }
  };
  for (let at = 0; at < tokens.length && hits.length < MAX_PHRASE_HITS; at += 1) {
    const token = tokens[at]!;
    // A word remembered from the last draft, followed by the same words, reads the same.
    const known = token.reading;
    if (known && (!known.after || sameTokens(known.after, tokens, at + 1))) {
      for (const hit of known.hits) hits.push(hit);
      at += known.taken - 1;
      continue;
    }
    const before = hits.length;
    const several = multiStarts.has(token.key);
    const taken = several ? matchSeveral(text, tokens, at, push) : 1;
    if (taken === 1) {
      // Chat repeats its words, and a composer rescans the draft on every key: each distinct word
      // is looked up once (the memory is bounded, like the phrase set's).
      let entries = seen.get(token.key);
      if (entries === undefined) {
        entries = lookUp(index, token.key, true) ?? hyphenHead(token.key) ?? null;
        if (seen.size >= MAX_SEEN) seen.clear();
        seen.set(token.key, entries);
      }
      if (entries !== null) {
        // "écrivez-moi", "Telegram-Bots": the word before the hyphen keeps its own span, so the
        // compound after it can still be read as a topic.
        const hyphen = words.has(token.key) ? -1 : token.key.indexOf('-');
        push(token.from, hyphen > 0 ? token.from + hyphen : token.to, entries);
      }
    }
    // What was read: this word, and for the start of a term of several words the ones after it
    // (only in a draft the tokenizer remembers and hands back, see REMEMBERED_LENGTH). Most words
    // are no term and start none: they share one reading instead of allocating theirs.
    if (text.length > REMEMBERED_LENGTH) {
      at += taken - 1;
      continue;
    }
    token.reading =
      !several && hits.length === before
        ? NOTHING_READ
        : { taken, hits: hits.length === before ? NO_HITS : hits.slice(before), after: several ? tokens.slice(at + 1, at + MAX_WORDS) : undefined };
    at += taken - 1;
  }
  if (unspaced && UNSPACED.test(text)) {
    unspaced.lastIndex = 0;
    for (let found = unspaced.exec(text); found; found = unspaced.exec(text)) {
      // "オンライン", "ガイドライン" hold "ライン": a katakana name must start a katakana word.
      if (KATAKANA.test(found[0][0]!) && found.index > 0 && KATAKANA.test(text[found.index - 1]!)) continue;
      const entries = words.get(found[0].toLowerCase());
      if (entries) push(found.index, found.index + found[0].length, entries);
    }
  }
  hits.sort((a, b) => a.from - b.from || b.to - a.to);
  // A text with more lexicon words than this is spam or an attack: the verdict is the same after
  // the first thousand, and the cap bounds the work the readers do per word.
  return joinVagueApps(text, hits.length > MAX_PHRASE_HITS ? hits.slice(0, MAX_PHRASE_HITS) : hits);
}

const termsByView = new WeakMap<object, TermHit[]>();

/** `findChannelTerms` once per view of a text, shared by the recognizers that read it. */
export function channelTermsOf(view: { readonly text: string }): TermHit[] {
  let hits = termsByView.get(view);
  if (!hits) {
    hits = findChannelTerms(view.text);
    termsByView.set(view, hits);
  }
  return hits;
}
