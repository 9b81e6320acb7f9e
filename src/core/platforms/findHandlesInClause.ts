import type { TermHit } from '../intent/channelTerms.js';
import { firstFrom } from '../intent/spanSearch.js';
import { SOCIAL_CODE_WORDS } from '../lexicon/intl/socialCodeWords.js';
import { SOCIAL_ARTICLES } from '../lexicon/intl/socialArticles.js';
import { SOCIAL_GREETINGS } from '../lexicon/intl/socialGreetings.js';
import { SOCIAL_NOT_HANDLES } from '../lexicon/intl/socialNotHandles.js';
import { SOCIAL_POSSESSIVES } from '../lexicon/intl/socialPossessives.js';
import { FILE_EXTENSIONS } from '../text/fileExtensions.js';
import { PAGE_NAME, SEPARATOR, type HandleNearName } from './handleShapes.js';

// How far past a platform's name its handle may sit: word order varies by language ("telegram pe
// mera username delivery_vikas hai", "bei whatsapp heiß ich maler.schulz", "sa insta ako si pia.motion").
const CLAUSE_REACH = 64;
// A clause ends at a sentence stop ("." only before a space or the end, so "ana.k" stays whole).
const CLAUSE_END = /[!?\n؟।。！？]|\.(?=\s|$)/;
// A handle by its shape, whatever the words around it: Latin letters with "_" or "." inside
// ("delivery_vikas99", "kurye.ali34"), or an @handle in any script ("@英语王老师").
const SHAPED_HANDLE =
  /(?<![\p{L}\p{M}\p{N}._@/:#-])(?:@[\p{L}\p{N}][\p{L}\p{M}\p{N}._]{1,31}|[A-Za-z][A-Za-z0-9]{0,29}(?:[._]{1,2}[A-Za-z0-9]{1,30}){1,5}_{0,2}(?![\p{L}\p{N}@]|[./:][\p{L}\p{N}]))/u;
// A handle typed letter by letter: "e r s h o u _ m e i", "a n a . k o v a".
const SPACED_HANDLE = /(?<![\p{L}\p{N}])[A-Za-z0-9](?: [A-Za-z0-9._]){4,40}(?![\p{L}\p{N}])/u;
const CAMEL_AFTER_DOT = /\.[a-z]+[A-Z]/;
const LABEL_REACH = 32;
const MAX_WORDS_TO_LABEL = 2;
const GREETING_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${SOCIAL_GREETINGS.join('|')})[\\s,!]{0,3}$`, 'iu');
const WORDS_BETWEEN = /[\p{L}\p{N}]/u;
// "for the sprint_board", "el archivo del pedido": a thing named after an article is no one's handle.
const ARTICLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${SOCIAL_ARTICLES.join('|')})\\s{1,2}$`, 'iu');

// A plain word as a handle ("lunabakery"): lower case, right after the label, not a word of state.
const PLAIN_HANDLE = /[a-z][a-z0-9]{3,29}(?![a-zA-Z0-9\u00c0-\u024f@])/y;
const NOT_HANDLES = new Set(SOCIAL_NOT_HANDLES);
const POSSESSIVE = new RegExp(`(?:^|[^\\p{L}])(?:${SOCIAL_POSSESSIVES.join('|')})(?:$|[^\\p{L}])`, 'iu');
const POSSESSIVE_REACH = 12;
// (or an arrow pointing at it: "insta 👉 lunabakery", "ig -> lunabakery")
const COLON_AFTER = /^\s?(?:[:：→➡]|-?>|👉)/u;
const LABELLING_MARK = /[:：→>➡]|👉/u;
const DIGIT_WORD_AFTER = /^\s{1,2}[a-z]{3,}[a-z0-9]*\d[a-z0-9]*(?![\p{L}\p{N}@._])/u;
// Letters of scripts other than Latin: a Latin word in such a message stands out as a name.
const OTHER_SCRIPT = /[\u0400-\u04ff\u0620-\u064a\u0904-\u0939\u0985-\u09b9\u3041-\u30ff\u4e00-\u9fff]/u;

/** True when a dotted or underscored word reads as a handle, not a file, version or code path. */
function looksLikeHandle(word: string): boolean {
  if (word.startsWith('@')) return word.length >= 3;
  const segments = word.split(/[._]+/).filter(Boolean);
  const letters = word.replace(/[^A-Za-z]/g, '').length;
  if (letters < 3 || Math.max(...segments.map((segment) => segment.length)) < 3) return false;
  // "python3.11", "v2.0": a version's last part is a digit or two.
  if (/^\d{1,2}$/.test(segments[segments.length - 1]!)) return false;
  // "EOS_R50", "SKU_A12": capitals only make a model or part number.
  if (!/[a-z]/.test(word)) return false;
  // "Node.js", "report_v2.pdf", "handler.message_text", "user.telegram_id": files and code.
  if (/\./.test(word) && FILE_EXTENSIONS.has(segments[segments.length - 1]!.toLowerCase())) return false;
  return !segments.some((segment) => SOCIAL_CODE_WORDS.has(segment.toLowerCase())) && !CAMEL_AFTER_DOT.test(word);
}

/** The end of the clause that starts at `from`, at most `reach` characters on. */
function clauseEnd(text: string, from: number, reach: number): number {
  const window = text.slice(from, from + reach);
  const stop = window.search(CLAUSE_END);
  return from + (stop === -1 ? window.length : stop);
}

/**
 * Handles somewhere in the clause after a platform's name, in any word order and with any cue
 * between them: "мой ник в телеге dev_artem", "telegram kullanıcı adım kurye_emre",
 * "টেলিগ্রামে আমার ইউজারনেম rider_sumon", "微博@英语王老师". The handle must look like one (a "_" or
 * "." inside, or an "@"), so the ordinary words after a name ("Telegram bot for orders") stay out.
 * Without such a handle, a labelled page name: "na messengerze jestem jako Hydraulik Janek Kraków".
 */
export function findHandlesInClause(text: string, hits: readonly TermHit[], platforms: readonly TermHit[], notHandles: ReadonlySet<string>): HandleNearName[] {
  const found: HandleNearName[] = [];
  for (const name of platforms) {
    // "teleg. @ana": the dot of an abbreviated name does not end the clause.
    const start = text[name.to] === '.' ? name.to + 1 : name.to;
    const end = clauseEnd(text, start, CLAUSE_REACH);
    const clause = text.slice(start, end);
    const shaped = SHAPED_HANDLE.exec(clause) ?? SPACED_HANDLE.exec(clause);
    const before = shaped ? clause.slice(0, shaped.index) : '';
    if (shaped && looksLikeHandle(shaped[0].replace(/ /g, '')) && !(shaped[0].startsWith('@') && GREETING_BEFORE.test(before)) && !ARTICLE_BEFORE.test(before)) {
      const at = start + shaped.index;
      // With words between them, the handle alone is the detail ("Telegram, add me: @dmitri_hr").
      const from = WORDS_BETWEEN.test(before) ? at : name.from;
      found.push({ from, to: at + shaped[0].length, platform: name.platform, value: shaped[0].replace(/^@| /g, ''), searched: false });
      continue;
    }
    const plain = plainHandle(text, hits, name, end, notHandles);
    if (plain) {
      found.push({ from: name.from, to: plain.to, platform: name.platform, value: plain.value, searched: false });
      continue;
    }
    const page = labelledPageName(text, hits, name, end);
    if (page) found.push({ from: name.from, to: page.to, platform: name.platform, value: page.value, searched: true });
  }
  return found;
}

/** Where the labels after a platform's name end ("mi insta es|", "telegram pe mera naam|"), if any. */
function labelEnd(text: string, hits: readonly TermHit[], name: TermHit, end: number): number | undefined {
  let after: number | undefined;
  let gap = name.to;
  let words = 0;
  for (let index = firstFrom(hits, name.to); index < hits.length && hits[index]!.from < Math.min(end, name.to + LABEL_REACH); index += 1) {
    const hit = hits[index]!;
    if (hit.slot === 'platform') break;
    if (hit.slot !== 'label') continue;
    // At most two other words between the name and its label ("पर मेरा नाम"), not a sentence
    // about the platform ("LinkedIn says you worked at Acme").
    words += text.slice(gap, hit.from).split(/[\s,:]+/).filter(Boolean).length;
    if (words > MAX_WORDS_TO_LABEL) break;
    after = hit.to;
    gap = hit.to;
  }
  return after;
}

/**
 * "mi insta es lunabakery", "ig aku dindadesain", "мой инстаграм lunabakery", "インスタは lunabakery": a
 * plain lower-case word right after the label, when a possessive says whose account it is or the
 * message is in another script (where a Latin word stands out). Words of state stay out ("privado").
 */
function plainHandle(text: string, hits: readonly TermHit[], name: TermHit, end: number, notHandles: ReadonlySet<string>): { to: number; value: string } | undefined {
  const otherScript = OTHER_SCRIPT.test(text.slice(Math.max(0, name.from - POSSESSIVE_REACH), end));
  // A colon right after the name labels what follows as much as "id" does ("vx：abc123").
  const colon = COLON_AFTER.test(text.slice(name.to, name.to + 3));
  // In another script the word may follow the name directly ("мой инстаграм lunabakery", "インスタは lunabakery").
  // "mera snap riya22 hai", "my ig lena22": after a possessive, a word with a digit right after the name.
  const owned = POSSESSIVE.test(text.slice(Math.max(0, name.from - POSSESSIVE_REACH), name.from)) && DIGIT_WORD_AFTER.test(text.slice(name.to, name.to + 32));
  const after = owned ? name.to : (labelEnd(text, hits, name, end) ?? (otherScript || colon ? name.to : undefined));
  if (after === undefined) return undefined;
  SEPARATOR.lastIndex = after;
  const separator = SEPARATOR.exec(text)?.[0] ?? '';
  const start = after + separator.length;
  PLAIN_HANDLE.lastIndex = start;
  const word = start < end ? PLAIN_HANDLE.exec(text) : null;
  if (!word || NOT_HANDLES.has(word[0]) || notHandles.has(word[0])) return undefined;
  if (otherScript) return { to: start + word[0].length, value: word[0] };
  // In Latin script the word must end the clause or carry a digit: "mi insta es lunabakery!", not
  // "mi insta es donde subo todo".
  const next = text.slice(start + word[0].length, end);
  if (!/\d/.test(word[0]) && /[\p{L}\p{N}]/u.test(next.split(/[,;:!?)]/)[0]!)) return undefined;
  // "kakao id: minji22": a colon after the label or name says whose it is, like a possessive (after
  // an everyday word, only for a word with a digit: "face: scratched" is a condition report).
  if (LABELLING_MARK.test(separator) && (!name.everyday || /\d/.test(word[0]))) return { to: start + word[0].length, value: word[0] };
  if (!POSSESSIVE.test(text.slice(Math.max(0, name.from - POSSESSIVE_REACH), after))) return undefined;
  return { to: start + word[0].length, value: word[0] };
}

/** "viber name ko Delivery Jun Pasig", "no feice é Eletricista Josué": a label, then a capitalised or quoted name. */
function labelledPageName(text: string, hits: readonly TermHit[], name: TermHit, end: number): { to: number; value: string } | undefined {
  const after = labelEnd(text, hits, name, end);
  if (after === undefined) return undefined;
  SEPARATOR.lastIndex = after;
  const start = after + (SEPARATOR.exec(text)?.[0].length ?? 0);
  PAGE_NAME.lastIndex = start;
  const page = PAGE_NAME.exec(text);
  if (!page || start >= end) return undefined;
  const value = page[0].slice(0, end - start).replace(/[\s.]+$/, '');
  const capitalised = value.split(/[ \t]+/).filter((word) => /^\p{Lu}/u.test(word)).length;
  if (/^\p{Lu}/u.test(value) && capitalised < 2) return undefined;
  return { to: start + value.length, value };
}
