import { assembleWords } from '../lexicon/assembleWords.js';
import { AT_WORDS, DOT_WORDS, UNDERSCORE_WORDS } from '../lexicon/atDotWords.js';
import { MAIL_COMPANIES, MAIL_LABELS_WITH_TLD, MAIL_PROVIDERS } from '../lexicon/mailProviders.js';
import type { NormalizedText } from '../normalizedText.js';
import { matchFromView } from '../recognizer.js';
import { alternation } from '../text/alternation.js';
import { FILE_EXTENSIONS } from '../text/fileExtensions.js';
import { TOP_LEVEL_DOMAINS } from '../text/topLevelDomains.js';
import type { ContactMatch } from '../types.js';

// A provider named in the symbols view, where "জিমেইল" already reads "gmail": "gmail", "gmailu",
// "hotmail'im", "yandexе" (a case ending), "web.de", "@outlook.com". Latin boundaries only, so an
// Arabic "و" ("and") or Japanese text may touch it.
const PROVIDER_NAMES = [...MAIL_LABELS_WITH_TLD, ...Object.keys(MAIL_PROVIDERS)];
// The first letters looked for first: a leading lookbehind alone is tried at every position.
const PROVIDER_FIRST = [...new Set(PROVIDER_NAMES.map((name) => name[0]!.toLowerCase()))].join('').replace('-', '\\-');
// A case ending needs an apostrophe after a short name: "sinal" (pt: a deposit) and "bola" are not
// sina or bol with an ending, "gmailu" and "yandexe" are gmail and yandex.
const LONG_NAMES = Object.keys(MAIL_PROVIDERS).filter((name) => name.length >= 5);
const SHORT_NAMES = Object.keys(MAIL_PROVIDERS).filter((name) => name.length < 5);
const PROVIDER = new RegExp(
  `(?=[${PROVIDER_FIRST}])(?<![a-z\\d.-])(?:(?:${alternation(MAIL_LABELS_WITH_TLD, '')})\\.[a-z]{2,6}(?:\\.[a-z]{2,3})?|(?:${alternation(LONG_NAMES, '')})(?:\\.[a-z]{2,6}(?:\\.[a-z]{2,3})?|['’]?[\\p{Ll}]{0,3})|(?:${alternation(SHORT_NAMES, '')})(?:\\.[a-z]{2,6}(?:\\.[a-z]{2,3})?|['’][\\p{Ll}]{1,3})?)(?![a-z\\d])`,
  'giu',
);
// Providers whose names are everyday words too ("wp", "orange", "web", "live"): a provider without
// its TLD only after a word for mail in the same breath ("maila mam na wp: tomek.nowak.foto").
const WORD_PROVIDER = new RegExp(`(?<![\\p{L}\\d.@-])(?:${alternation(MAIL_LABELS_WITH_TLD, '')})(?![\\p{L}\\d.@-])`, 'giu');
// Words for mail in the covered languages (stems: "почт", "poczt"/"poczc" take case endings).
const MAIL_WORDS = 'e-?mail|mail|meil|correo|courriel|почт|posta|poczt|poczc|surel|ایمیل|ای میل|میل|ईमेल|मेल|ইমেইল|মেইল|بريد|ايميل|إيميل|邮箱|邮件|メール';
// Not a field of a code identifier ("usuario.correo", "user_mail").
const MAIL_WORD_BEFORE = /(?<![\p{L}\d][._])(?:e-?mail|mail|meil|correo|courriel|почт|posta|surel|ایمیل|ای میل|ईमेल|ইমেইল|邮箱|メール)[^.!?\n]{0,30}$/iu;
// A mail word opening a word between a provider and a username confirms rather than interrupts ("yandex'in mailinde").
const MAIL_WORD_START = new RegExp(`^(?:${MAIL_WORDS})`, 'iu');
const MAIL_WORD = new RegExp(MAIL_WORDS, 'giu');
// The companies behind the mailboxes ("google", "गूगल") with a case ending ("googla", "interii", "Googles");
// Latin and Cyrillic boundaries only, as for PROVIDER.
const COMPANY_FIRST = [...new Set(MAIL_COMPANIES.flatMap((name) => [name[0]!.toLowerCase(), name[0]!.toUpperCase()]))].join('');
const COMPANY = new RegExp(`(?=[${COMPANY_FIRST}])(?<![\\p{sc=Latin}\\p{sc=Cyrillic}\\d])(?:${alternation(MAIL_COMPANIES, '\\s')})[\\p{Ll}'’]{0,3}(?![\\p{sc=Latin}\\p{sc=Cyrillic}\\d])`, 'giu');
// What may stand between a company and its word for mail: a few words, no sentence break, digit or "@".
const COMPANY_GAP = /^[^\n.!?,:;\d@]{0,18}$/u;
const COMPANY_REACH = 18;
const CLAUSE_BREAK = /[\n!?。！？]|[.;](?=\s)/u;
const MAX_REACH = 140;
// A text naming providers more often than this is not describing one address: the cap keeps long texts linear.
const MAX_PROVIDERS = 40;
const LOCAL_CHARACTER = /[\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}\d._%+-]/u;
const SUFFIX = /^[\p{L}\p{M}]{0,3}(?![\p{L}\p{M}\d])/u;
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
// "tunde.bakare", "tutorbea_2020", "r.o.m.e.l.l.o.p.e.z.9.1", "larissaprado": a username typed near the provider.
// Latin letters with their accented forms ("carlos_diseño88"), all of them \p{L}.
const LATIN = 'a-z\\d\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const TOKEN = new RegExp(`(?<![\\p{L}\\d._@-])[${LATIN}][${LATIN}._-]{2,40}[${LATIN}](?![\\p{L}\\d@-])`, 'giu');
// Chinese and Japanese run into a username without a space ("ヤフーのメールでsatoyuki88"): in a text
// holding them, a username may touch them (a second pattern, so Latin text keeps the cheaper one).
const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}';
const TOKEN_BESIDE_CJK = new RegExp(
  `(?<![\\p{L}\\d._@-](?<![${CJK}]))[${LATIN}][${LATIN}._-]{2,40}[${LATIN}](?![\\p{L}\\d@-](?<![${CJK}]))`,
  'giu',
);
// QQ mail addresses are the QQ number: "QQ邮箱是 348812345".
const NUMBER_MAILBOXES = new Set(['qq']);
const MAILBOX_WORD = /^\s{0,2}(?:邮箱|郵箱|邮件|e-?mail|mail)/iu;
const MAILBOX_WORD_BEFORE = /(?:邮箱|郵箱|邮件|e-?mail|mail)\s{0,2}[是:：]?\s{0,2}$/iu;
/** "design", "studio", "photo": a TLD that is also a word, typed as part of a mailbox name. */
const MIN_WORD_TLD = 4;
// At most a very short word ("is", "là", "是") with spaces and punctuation between provider and name.
const RIGHT_AFTER = /^[\s:：,，-]{0,3}(?:[\p{L}\p{M}]{1,3}[\s:：,，-]{0,3})?$/u;
const MAX_GAP_WORD = 7;

/** Words from their start (the ending is checked apart, see `endsWord`); Chinese and Japanese words anywhere. */
function cuePattern(words: readonly string[]): RegExp {
  const spaced = alternation(words.filter((word) => !UNSPACED.test(word)), ' ');
  const unspaced = alternation(words.filter((word) => UNSPACED.test(word)), '');
  const bounded = `(?<![\\p{L}\\p{M}\\d])(?:${spaced})`;
  return new RegExp(unspaced ? `${bounded}|${unspaced}` : bounded, 'giu');
}

// Short at-words are everyday words too ("at", "et", "bei"); "arroba", "собачка", "@" are not.
const isPlainAtSign = (word: string) => word === '@' || UNSPACED.test(word) || [...word].length >= 5;

// How much each kind of cue says that an address is being described. One cue is chat ("then",
// "my name", "here"); three points are a description.
const CUES = [
  { cue: 'name', points: 1, pattern: cuePattern(assembleWords('name')) },
  { cue: 'account', points: 1, pattern: cuePattern(assembleWords('account')) },
  { cue: 'sequence', points: 1, pattern: cuePattern(assembleWords('sequence')) },
  { cue: 'join', points: 1, pattern: cuePattern(assembleWords('join')) },
  { cue: 'here', points: 1, pattern: cuePattern(assembleWords('here')) },
  { cue: 'same', points: 1, pattern: cuePattern(assembleWords('same')) },
  { cue: 'symbol', points: 1, pattern: cuePattern([...DOT_WORDS, ...UNDERSCORE_WORDS, ...AT_WORDS.filter((word) => !isPlainAtSign(word))]) },
  { cue: 'at', points: 2, pattern: new RegExp(`@|${cuePattern(AT_WORDS.filter(isPlainAtSign)).source}`, 'giu') },
] as const;
type Cue = (typeof CUES)[number]['cue'] | 'username';

const CUE_WORDS = new Set(
  [...(['name', 'account', 'sequence', 'join', 'here', 'same'] as const).flatMap((cue) => assembleWords(cue)), ...AT_WORDS, ...DOT_WORDS].map((word) =>
    word.toLowerCase(),
  ),
);

interface Found {
  cue: Cue;
  points: number;
  start: number;
  end: number;
}

/** A cue word ends there, or after a short ending ("kullanıcı adımla", "gmailu"). */
const endsWord = (text: string, end: number, word: string) =>
  word === '@' || UNSPACED.test(word) || SUFFIX.test(text.slice(end, end + 4));

/** The local part right before an "@" that ends at `index`, if any. */
function localBefore(text: string, index: number): string | undefined {
  if (text[index - 1] !== '@') return undefined;
  let start = index - 1;
  while (start > 0 && index - start <= 65 && LOCAL_CHARACTER.test(text[start - 1]!)) start -= 1;
  return start < index - 1 ? text.slice(start, index - 1) : undefined;
}

/**
 * A username: letters with a digit, "_" or ".", and not a file ("cv_2024.pdf") or a provider; not a
 * domain ("web.de") either, unless a name of three labels sits right beside the provider: "gmail
 * priya.sharma.art", "rahul.verma.dev hai gmail" name the mailbox and the name in it.
 */
function isUsername(token: string, besideProvider: boolean, afterProvider = false, rightAfter = false): boolean {
  if (!/[._\d]/.test(token) || (token.match(/\p{L}/gu)?.length ?? 0) < 2) return false;
  const labels = token.toLowerCase().split('.');
  const last = labels[labels.length - 1]!;
  const isFile = labels.length > 1 && FILE_EXTENSIONS.has(last);
  // "gmail là thanhhuong.design": right after the provider, a name ending in a word-like TLD is the
  // mailbox; "gmail是 zhangwei.sh", "জিমেইল rahimkhan.bd": with at most "is" between, any ending.
  const namesMailbox = besideProvider && (labels.length >= 3 || (afterProvider && (last.length >= MIN_WORD_TLD || rightAfter)));
  const isDomain = labels.length > 1 && last.length > 1 && TOP_LEVEL_DOMAINS.has(last) && !namesMailbox;
  return !isFile && !isDomain && !Object.hasOwn(MAIL_PROVIDERS, labels[0]!);
}

/**
 * Between a provider and a username: punctuation, Chinese or Japanese text, two short words ("ko
 * po:", "is", "adresim") or three very short ones ("của tôi là").
 */
function isShortGap(gap: string): boolean {
  if (/\d|@/.test(gap)) return false;
  const words = (gap.match(/[\p{sc=Latin}\p{sc=Cyrillic}]+/gu) ?? []).filter((word) => !MAIL_WORD_START.test(word));
  if (words.length === 3) return words.every((word) => word.length <= 3);
  return words.length <= 2 && words.every((word) => word.length <= MAX_GAP_WORD);
}

// The cues of a sentence around a provider, by what they read: typing after the sentence leaves it
// as it was, so a draft reads each once (a bounded memory, like the channel terms').
const MAX_REMEMBERED_CUES = 256;
const cuesRead = new Map<string, readonly Found[]>();
// Characters `findCues` reads on either side: 8 around the provider, 4 after a cue word.
const CUE_LOOK_BEFORE = 8;
const CUE_LOOK_AFTER = 8;

/**
 * `findCues`, remembered by the stretch of text it reads (the sentence and a few characters on
 * each side, or up to the end of the text) and the places in it: the same stretch gives the same
 * cues, moved with it.
 */
function cuesAround(text: string, clauseStart: number, clauseEnd: number, providerStart: number, providerEnd: number): Found[] {
  const from = Math.max(0, Math.min(clauseStart, providerStart - CUE_LOOK_BEFORE));
  const to = Math.max(clauseEnd, providerEnd) + CUE_LOOK_AFTER;
  const key = `${clauseStart - from},${clauseEnd - from},${providerStart - from},${providerEnd - from},${text.slice(from, to)}`;
  let found = cuesRead.get(key);
  if (!found) {
    const stretch = text.slice(from, to);
    found = findCues(stretch, clauseStart - from, clauseEnd - from, providerStart - from, providerEnd - from);
    if (cuesRead.size >= MAX_REMEMBERED_CUES) cuesRead.clear();
    cuesRead.set(key, found);
  }
  return found.map((item) => ({ ...item, start: item.start + from, end: item.end + from }));
}

/** The cues of one sentence, outside the provider's own name. */
function findCues(text: string, clauseStart: number, clauseEnd: number, providerStart: number, providerEnd: number): Found[] {
  // "QQ邮箱 348812345" is a mailbox; "QQ号 348812345" is the QQ account itself.
  // "邮箱是qq的 2837164590": the mailbox word may come first.
  const isNumberMailbox =
    NUMBER_MAILBOXES.has(text.slice(providerStart, providerEnd).toLowerCase()) &&
    (MAILBOX_WORD.test(text.slice(providerEnd, providerEnd + 8)) || MAILBOX_WORD_BEFORE.test(text.slice(Math.max(0, providerStart - 8), providerStart)));
  const clause = text.slice(clauseStart, clauseEnd);
  const found: Found[] = [];
  const outsideProvider = (start: number, end: number) => end <= providerStart || start >= providerEnd;
  for (const { cue, points, pattern } of CUES) {
    for (const match of clause.matchAll(pattern)) {
      const start = clauseStart + match.index;
      const end = start + match[0].length;
      if (outsideProvider(start, end) && endsWord(text, end, match[0])) found.push({ cue, points, start, end });
    }
  }
  for (const match of clause.matchAll(UNSPACED.test(clause) ? TOKEN_BESIDE_CJK : TOKEN)) {
    const start = clauseStart + match.index;
    const end = start + match[0].length;
    if (!outsideProvider(start, end)) continue;
    const gap = start >= providerEnd ? text.slice(providerEnd, start) : text.slice(end, providerStart);
    const shortGap = isShortGap(gap);
    if (isNumberMailbox && start >= providerEnd && /^\d{5,11}$/.test(match[0]) && shortGap) {
      found.push({ cue: 'username', points: 3, start, end });
    } else if (isUsername(match[0], shortGap, start >= providerEnd, RIGHT_AFTER.test(gap))) {
      // Right beside the provider, a username alone is enough ("yahoo ko po: tutorbea_2020").
      found.push({ cue: 'username', points: shortGap ? 3 : 2, start, end });
    } else if (/^[a-z]{6,30}$/.test(match[0]) && end <= providerStart && /^\s?[,:\-–—]/.test(gap) && isShortGap(gap)) {
      // "larissaprado, no yahoo": a run of lower-case letters set off before the provider.
      found.push({ cue: 'username', points: 1, start, end });
    }
  }
  return found;
}

/** Points of the strongest cue of each kind, plus one for "username here" said in one breath. */
function score(found: readonly Found[]): number {
  const best = new Map<Cue, number>();
  for (const item of found) best.set(item.cue, Math.max(best.get(item.cue) ?? 0, item.points));
  let total = 0;
  for (const points of best.values()) total += points;
  const near = found.some(
    (account) =>
      account.cue === 'account' && found.some((here) => here.cue === 'here' && Math.max(here.start - account.end, account.start - here.end) <= 6),
  );
  return total + (near ? 1 : 0);
}

/**
 * Addresses described instead of typed, in one sentence around a mail provider's name, when its
 * cues add up to three points: "my name, then the at sign, then gmail" (parts, order, an "@"
 * word), "same as my username here, at gmail" (a username, "here", "same"), "yahoo ko po:
 * tutorbea_2020" (a username right beside the provider).
 */
export function findDescribedAddresses(view: NormalizedText): ContactMatch[] {
  const text = view.text;
  const spans: Array<{ start: number; end: number }> = [];
  let looked = 0;
  const providers = [
    ...[...text.matchAll(PROVIDER)].map((found) => ({ start: found.index, end: found.index + found[0].length })),
    ...[...text.matchAll(WORD_PROVIDER)]
      .filter((found) => MAIL_WORD_BEFORE.test(text.slice(Math.max(0, found.index - 40), found.index)))
      .map((found) => ({ start: found.index, end: found.index + found[0].length })),
    ...companyMailboxes(text),
  ].sort((a, b) => a.start - b.start);
  for (const provider of providers) {
    if (++looked > MAX_PROVIDERS) break;
    const providerStart = provider.start;
    const providerEnd = provider.end;
    // "ana.bauer@gmail.com" is typed, not described (unless the "@" was a word after a cue: "poi chiocciola gmail").
    const local = localBefore(text, providerStart);
    if (local && !CUE_WORDS.has(local.toLowerCase())) continue;
    const found = cuesAround(text, clauseEdge(text, providerStart, -1), clauseEdge(text, providerEnd, 1), providerStart, providerEnd);
    if (score(found) < 3) continue;
    spans.push({
      start: Math.min(providerStart, ...found.map((item) => item.start)),
      end: Math.max(providerEnd, ...found.map((item) => item.end)),
    });
  }
  // "my QQ number is 915527306, the QQ mail is that number plus qq.com": of two providers in one
  // sentence, the one the cues sit next to describes the address; a span holding another is too wide.
  const narrowest = spans.filter((span) => !spans.some((other) => other !== span && other.start >= span.start && other.end <= span.end));
  // Overlapping descriptions are one address.
  const merged: Array<{ start: number; end: number }> = [];
  for (const span of narrowest) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged.map((span) => matchFromView(view, span.start, span.end, { kind: 'email', confidence: 0.7, obfuscated: true }));
}

/**
 * A company named with a word for mail a few words away, either order: "correo de google",
 * "google's mail service", "गूगल वाली मेल", "グーグルのメール", "email ng google". The span covers both.
 */
function companyMailboxes(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const company of text.matchAll(COMPANY)) {
    if (found.length >= MAX_PROVIDERS) break;
    const start = company.index;
    const end = start + company[0].length;
    const after = text.slice(end, end + COMPANY_REACH + 8);
    MAIL_WORD.lastIndex = 0;
    const next = MAIL_WORD.exec(after);
    if (next && COMPANY_GAP.test(after.slice(0, next.index))) {
      found.push({ start, end: end + next.index + next[0].length });
      continue;
    }
    const from = Math.max(0, start - COMPANY_REACH - 8);
    let last: RegExpExecArray | undefined;
    for (const word of text.slice(from, start).matchAll(MAIL_WORD)) last = word;
    if (last && COMPANY_GAP.test(text.slice(from + last.index + last[0].length, start))) found.push({ start: from + last.index, end });
  }
  return found;
}

/** Where the sentence around `index` starts (direction -1) or ends (+1), at most MAX_REACH away. */
function clauseEdge(text: string, index: number, direction: 1 | -1): number {
  if (direction === 1) {
    const rest = text.slice(index, index + MAX_REACH);
    const stop = rest.search(CLAUSE_BREAK);
    return index + (stop === -1 ? rest.length : stop);
  }
  const from = Math.max(0, index - MAX_REACH);
  let edge = from;
  for (const match of text.slice(from, index).matchAll(new RegExp(CLAUSE_BREAK.source, 'gu'))) edge = from + match.index + match[0].length;
  return edge;
}
