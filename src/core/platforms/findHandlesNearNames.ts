import type { TermHit } from '../intent/channelTerms.js';
import { quotedSpans } from '../intent/quotedSpans.js';
import { firstFrom, isInside, lastBefore } from '../intent/spanSearch.js';
import { findHandlesBeforeNames } from './findHandlesBeforeNames.js';
import { PAGE_NAME, SEPARATOR, startsClause, type HandleNearName } from './handleShapes.js';
import { findHandlesInClause } from './findHandlesInClause.js';
import { findLookUpWords } from './findLookUpWords.js';
import { namesThing, refusesName, seeksPerson } from './seeksPerson.js';
import { isAffixedWord } from './affixedWord.js';
import { MAIL_LABELS_WITH_TLD, MAIL_PROVIDERS } from '../lexicon/mailProviders.js';
import { PLATFORM_EMOJI_CHARACTERS } from '../lexicon/intl/platformEmoji.js';

// Apps whose accounts have handles; meeting tools and channels like "sms" do not.
const NOT_HANDLE_PLATFORMS = new Set(['zoom', 'google-meet', 'teams', 'slack']);
// An app's emoji before a name is decoration as often as a cue ("📸 photo_2023.jpg"): it names the app for intent only.
const EMOJI_NAMES = new Set(PLATFORM_EMOJI_CHARACTERS);
const ASKED = /[?？]/;
// A handle: Latin letters and digits with "_" or "." inside ("sketch.by.riya__", "Mido_Bikes_Alex"),
// an @handle, or a QQ/WeChat number. Mandatory structure keeps "insta reels" out.
const HANDLE = /@?[A-Za-z0-9][A-Za-z0-9]{0,30}(?:[._-]{1,2}[A-Za-z0-9]{1,30}){1,6}[._]{0,2}(?:#\d{4})?|@[A-Za-z0-9]{3,32}|\d{5,11}(?![\d])/y;
// One small word before a searched name: "सर्च करो Ankit…", "cercami come Idraulica…".
// "search karna: Verma Tiffin Service": the word may end in a colon.
const ONE_WORD = /[\p{Ll}\p{Lo}\p{M}]{1,8}[:：]?[ \t]{1,2}/uy;
const REST_OF_CLAUSE = /[:：]?(?:[ \t]{1,2}[^\s.,!?;:،؟।。！？，、]{1,30}[:：]?){0,5}/y;
const NUMBER_HANDLE_PLATFORMS = new Set(['qq', 'wechat']);
const MAX_LABEL_GAP = 4;
// A few words, no sentence end, then a colon: what sits between an app's name and the handle it introduces.
const COLON_A_FEW_WORDS_ON = /[^.!?。！？\n:：@]{1,16}[:：][ \t]{0,2}/uy;
const SEARCH_REACH = 60;

/**
 * Handles without "@" after a platform's name in any language ("telegram ana_bauer", "ইনস্টা
 * আইডি: alpona.by.mim", "в тележке я Seva_Baraholka", "我的QQ号是 915527306"), page names after
 * "fb:", and "look me up" requests ("search for Ana Bauer on Facebook", "闲鱼搜“小林二手数码”").
 * Reads the lexicon words already found in the text; scam warnings are left alone.
 */
export function findHandlesNearNames(text: string, hits: readonly TermHit[], notHandles: ReadonlySet<string> = new Set()): HandleNearName[] {
  if (hits.some((hit) => hit.slot === 'warning')) return [];
  const quotes = quotedSpans(text);
  const found: HandleNearName[] = [];
  const platforms = hits.filter((hit) => hit.slot === 'platform' && !NOT_HANDLE_PLATFORMS.has(hit.platform ?? '') && !EMOJI_NAMES.has(text.slice(hit.from, hit.to)) && !isMailProvider(text, hit));
  for (const name of platforms) {
    if (isInside(quotes, name.from, name.to)) continue;
    let at = name.to;
    // Skip "id", "username", "account", "is", "jestem jako", "اسمي" written after the name.
    for (let label = nextLabel(text, hits, at); label; label = nextLabel(text, hits, at)) at = label.to;
    // "tele? kev_rooms_nyc", "ig？ana.k": the name alone asked, then answered with the handle.
    if (ASKED.test(text.charAt(at)) && startsClause(text, name.from)) at += 1;
    SEPARATOR.lastIndex = at;
    const separator = SEPARATOR.exec(text)?.[0] ?? '';
    const start = at + separator.length;
    HANDLE.lastIndex = start;
    const handle = HANDLE.exec(text);
    if (handle && !isAffixedWord(handle[0]) && !notHandles.has(handle[0].toLowerCase()) && (!/^\d+$/.test(handle[0]) || NUMBER_HANDLE_PLATFORMS.has(name.platform ?? ''))) {
      found.push({ from: name.from, to: start + handle[0].length, platform: name.platform, value: handle[0].replace(/^@/, ''), searched: false });
      continue;
    }
    // "インスタに載せてます：furugi_yuki_0", "on my insta it's: ana.k": a handle after a colon a few words on.
    COLON_A_FEW_WORDS_ON.lastIndex = name.to;
    const colon = separator === '' ? COLON_A_FEW_WORDS_ON.exec(text) : null;
    if (colon) {
      HANDLE.lastIndex = name.to + colon[0].length;
      const later = HANDLE.exec(text);
      if (later && !later[0].startsWith('@') && !/^\d+$/.test(later[0]) && !isAffixedWord(later[0])) {
        found.push({ from: name.from, to: later.index + later[0].length, platform: name.platform, value: later[0], searched: false });
        continue;
      }
    }
    // "face: Fontanería Rubén Gil", "sa fb: Ukay ni Aling Nena": a page name after a colon.
    if (/[:：]/.test(separator)) {
      PAGE_NAME.lastIndex = start;
      const page = PAGE_NAME.exec(text);
      if (page && isPageName(page[0])) found.push({ from: name.from, to: start + page[0].length, platform: name.platform, value: page[0], searched: true });
    }
  }
  const unquoted = platforms.filter((name) => !isInside(quotes, name.from, name.to));
  found.push(...findHandlesInClause(text, hits, unquoted, notHandles));
  found.push(...findHandlesBeforeNames(text, hits, unquoted));
  found.push(...findSearches(text, hits, platforms));
  if (platforms.length > 0) found.push(...findSearches(text, findLookUpWords(text), platforms, true));
  found.push(...findLaterHandles(text, hits, platforms));
  return found;
}

// A handle typed over two lines ("rider_" then "sohel_bd", "casa.lipa" then ".staycation"): how a
// conversation's messages read once joined (checkMessage's history joins them with "\n").
const HANDLE_CHAR = /[A-Za-z0-9._-]/;
const MAX_PART = 32;
const AT_HANDLE = /(?<![A-Za-z0-9._@])@[A-Za-z0-9][A-Za-z0-9._]{2,31}/g;
const LATER_REACH = 160;

/** The handle around a line break, when one half ends or the other starts with "_" or ".". */
function splitHandleAt(text: string, line: number): { from: number; to: number; value: string } | undefined {
  let from = line;
  while (from > 0 && line - from < MAX_PART && HANDLE_CHAR.test(text[from - 1]!)) from -= 1;
  let to = line + 1;
  while (to < text.length && to - line <= MAX_PART && HANDLE_CHAR.test(text[to]!)) to += 1;
  if (from === line || to === line + 1 || (from > 0 && /[\p{L}\d@]/u.test(text[from - 1]!))) return undefined;
  if (!/[._]/.test(text[line - 1]!) && !/[._]/.test(text[line + 1]!)) return undefined;
  if (!/[A-Za-z0-9]/.test(text[from]!)) return undefined;
  return { from, to, value: text.slice(from, line) + text.slice(line + 1, to) };
}

/**
 * Handles some way after the platform's name: "do u have telegram?" … "add me, it's @devraj_k",
 * and handles split over lines. The name must come first, within a few lines, and an @handle
 * needs a contact verb or an "id" label between them ("thanks @Maria" is a greeting).
 */
function findLaterHandles(text: string, hits: readonly TermHit[], platforms: readonly TermHit[]): HandleNearName[] {
  const found: HandleNearName[] = [];
  const nameBefore = (at: number) => lastBefore(platforms, at, LATER_REACH);
  // A split handle may follow a search verb instead of a name: "ищи masha.retro" + "_ekb".
  const cues = hits.filter((hit) => hit.slot === 'platform' || hit.slot === 'search');
  if (cues.length > 0 && text.includes('\n')) {
    for (let line = text.indexOf('\n'); line !== -1; line = text.indexOf('\n', line + 1)) {
      const handle = splitHandleAt(text, line);
      if (!handle) continue;
      const name = lastBefore(cues, handle.from, LATER_REACH);
      if (name) found.push({ ...handle, platform: name.platform, searched: false });
    }
  }
  if (platforms.length > 0 && text.includes('@')) {
    AT_HANDLE.lastIndex = 0;
    for (let handle = AT_HANDLE.exec(text); handle; handle = AT_HANDLE.exec(text)) {
      const name = nameBefore(handle.index);
      const cue = name && lastBefore(hits, handle.index, LATER_REACH, (hit) => hit.from >= name.to && (hit.slot === 'move' || hit.slot === 'ask'));
      if (name && cue) found.push({ from: handle.index, to: handle.index + handle[0].length, platform: name.platform, value: handle[0].slice(1), searched: false });
    }
  }
  return found;
}

/** A quoted name, or two capitalised words or more ("Fontanería Rubén Gil"; not "I manage accounts"). */
function isPageName(name: string): boolean {
  if (!/^\p{Lu}/u.test(name)) return true;
  const words = name.split(/[ \t]+/);
  return words[0]!.length >= 2 && words.filter((word) => /^\p{Lu}/u.test(word)).length >= 2;
}

function nextLabel(text: string, hits: readonly TermHit[], at: number): TermHit | undefined {
  for (let index = firstFrom(hits, at); index < hits.length && hits[index]!.from - at <= MAX_LABEL_GAP; index += 1) {
    const hit = hits[index]!;
    if (hit.slot === 'label' && /^[\s:：,の的]*$/.test(text.slice(at, hit.from))) return hit;
  }
  return undefined;
}

// "maila mam na wp: tomek.nowak", "qq mail": a name that is also a mailbox, after or before a mail word.
const MAIL_WORD = /e?-?mail|correo|courriel|почт/i;
const MAIL_REACH = 16;

function isMailProvider(text: string, name: TermHit): boolean {
  const written = text.slice(name.from, name.to).toLowerCase();
  if (!(written in MAIL_PROVIDERS) && !MAIL_LABELS_WITH_TLD.has(written)) return false;
  return MAIL_WORD.test(text.slice(Math.max(0, name.from - MAIL_REACH), Math.min(text.length, name.to + MAIL_REACH)));
}

/** Two words or more of a name between a look-up word and a platform: capitalised, quoted, or in a script without capitals. */
function namedBetween(between: string): boolean {
  const words = between.split(/[\s:：,，「」“”"«»]+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < 2) return false;
  if (/[«“"「]/.test(between)) return true;
  const cased = words.filter((word) => /\p{Lu}|\p{Ll}/u.test(word));
  return cased.length === 0 || cased.filter((word) => /^\p{Lu}/u.test(word)).length >= 2;
}

/** The capitalised or quoted name right after `at`, past a separator (one small word may come first), and where it starts. */
function nameAfter(text: string, at: number): { start: number; page: string | undefined } {
  SEPARATOR.lastIndex = at;
  let start = at + (SEPARATOR.exec(text)?.[0].length ?? 0);
  PAGE_NAME.lastIndex = start;
  let page = PAGE_NAME.exec(text);
  if (!page) {
    ONE_WORD.lastIndex = start;
    const word = ONE_WORD.exec(text);
    if (word) {
      start += word[0].length;
      PAGE_NAME.lastIndex = start;
      page = PAGE_NAME.exec(text);
    }
  }
  return { start, page: page && isPageName(page[0]) ? page[0] : undefined };
}

/** "search for <name> on Facebook": a search verb and a platform in one clause, then the name. */
function findSearches(text: string, hits: readonly TermHit[], platforms: readonly TermHit[], needName = false): HandleNearName[] {
  const found: HandleNearName[] = [];
  for (const search of hits) {
    if (search.slot !== 'search' || seeksPerson(text, search.from, search.to)) continue;
    const between = (platform: TermHit) => text.slice(Math.min(platform.to, search.to), Math.max(platform.from, search.from));
    const sameClause = (platform: TermHit) => !/[.!?\n。！？,，、]/.test(between(platform));
    const after = platforms.slice(firstFrom(platforms, search.to), firstFrom(platforms, search.to + SEARCH_REACH)).find(sameClause);
    // "I'm on FB marketplace too, just look up Harbor Lane Vintage": the app a clause before, in the
    // same sentence, when a capitalised name follows the verb.
    const name =
      lastBefore(platforms, search.from, SEARCH_REACH, sameClause) ??
      after ??
      lastBefore(platforms, search.from, SEARCH_REACH, (platform) => !/[.!?\n。！？]/.test(between(platform)) && nameAfter(text, search.to).page !== undefined);
    if (!name) continue;
    const from = Math.min(name.from, search.from);
    let to = Math.max(name.to, search.to);
    const { start, page } = nameAfter(text, to);
    // A loose look-up word ("find", "follow") counts only beside a name: "follow Luna Bakery on Instagram".
    if (needName && !page && !namedBetween(text.slice(Math.min(name.to, search.to), Math.max(name.from, search.from)))) continue;
    if (page) to = start + page.length;
    // "ابحث في تيك توك عن أستاذة منى", "lên fb tìm đồ cũ nhà bống": a name in a script without
    // capitals, or typed in lower case, runs to the end of the clause (five words at most).
    else if (search.from < name.from || search.to === to) {
      REST_OF_CLAUSE.lastIndex = to;
      const rest = REST_OF_CLAUSE.exec(text)?.[0] ?? '';
      if (refusesName(rest) || namesThing(text.slice(search.to, name.from > search.to ? name.from : to + rest.length))) continue;
      to += rest.length;
    }
    found.push({ from, to, platform: name.platform, value: page ?? text.slice(from, to), searched: true });
  }
  return found;
}
