import { DOT_WORDS } from '../lexicon/atDotWords.js';
import { MAIL_LABELS_WITH_TLD, MAIL_PROVIDERS } from '../lexicon/mailProviders.js';
import { collapseSpelledLetters } from './spelledLetters.js';
import { TOP_LEVEL_DOMAINS } from './topLevelDomains.js';

const DOT_WORD_SET = new Set(DOT_WORDS.map((word) => word.toLowerCase()));
const SPELLED_LABEL = /^[\p{L}\d-]{1,63}$/u;
const SPELLED_TLD = /^([a-z]{2,24})(?![\p{L}\d])/iu;

/**
 * "mail dot co", "web punkt de": a domain spelled with dot words too ("blogging at
 * magicalsongs.blogspot.com" is prose). Read word by word: a label, then up to four times a dot
 * word and a label, the last a known TLD.
 */
function hasSpelledDomainAhead(ahead: string): boolean {
  const words = ahead.split(/\s+/, 10);
  if (!SPELLED_LABEL.test(words[0] ?? '')) return false;
  for (let index = 1; index + 1 < words.length; index += 2) {
    if (!DOT_WORD_SET.has(words[index]!.toLowerCase())) return false;
    const tld = SPELLED_TLD.exec(words[index + 1]!)?.[1];
    if (tld && TOP_LEVEL_DOMAINS.has(tld.toLowerCase())) return true;
    if (!SPELLED_LABEL.test(words[index + 1]!)) return false;
  }
  return false;
}
// "ana at gmail", "ana at mail.ru", "ana at live.com": a mail provider, with or without its TLD.
const PROVIDER_AHEAD = /^([\p{L}\d-]{1,20})(?:\.([a-z]{2,6})(?:\.[a-z]{2,3})?)?(?![\p{L}\d-])/iu;
// Providers that are only a mailbox: "ana at gmail" is an address. The others are also employers
// and places ("I worked at Yahoo", "see you at 163 Main St") and need a name-like local part.
const MAIL_ONLY = new Set(['gmail', 'googlemail', 'hotmail', 'ymail', 'protonmail', 'icloud', 'tutanota']);
// Words that stand before "at <company>" in prose: pronouns, verbs, roles.
const PROSE_BEFORE_AT = new Set([
  'i', "i'm", 'met', 'went', 'saw', 'got', 'sat', 'left', 'stay', 'worked', 'im', 'me', 'you', 'we', 'us', 'he', 'him', 'she', 'her', 'they', 'them', 'it', 'who', 'someone',
  'somebody', 'everyone', 'anyone', 'people', 'folks', 'guys', 'friends', 'team', 'teams', 'staff', 'work', 'works',
  'job', 'jobs', 'role', 'position', 'internship', 'career', 'years', 'year', 'months', 'time', 'was', 'were', 'is',
  'are', 'am', 'be', 'been', 'being', 'here', 'there', 'engineer', 'engineers', 'developer', 'developers', 'manager',
  'designer', 'intern', 'interns', 'employee', 'employees', 'office', 'offices', 'ads', 'me.', 'look', 'good', 'bad',
  'great', 'best', 'better', 'still', 'now', 'then', 'once', 'also', 'even', 'only', 'just', 'meet', 'see', 'stay',
  'live', 'lunch', 'dinner', 'meeting', 'email', 'mail', 'address', 'account', 'inbox', 'message', 'write', 'reach',
  'or', 'and', 'but', 'plus', 'add', 'then', 'just', 'up', 'to', 'from', 'via', 'on', 'with', 'by', 'the', 'a', 'an', 'of', 'in', 'for', 'cc', 'ping', 'thanks',
]);

/** A word that stands before "at"/"@" in prose ("or @example.com", "see you at …"), not a mailbox name. */
export const isProseBeforeAt = (word: string): boolean => PROSE_BEFORE_AT.has(word.toLowerCase());

const SPACED_TLD = /^\s{1,2}([a-z]{2,3})(?![\p{L}\d.@-])/iu;
const HANDLE_LIKE = /[\d_.+]/;

// Own keys only: "ana at constructor" must not find Object.prototype.constructor.
const isMailProvider = (name: string): boolean => Object.hasOwn(MAIL_PROVIDERS, name);

// "sub.domain.co.uk": a domain typed with its dots.
const LITERAL_DOMAIN_AHEAD = /^(?:[\p{L}\d-]{1,63}\.){1,4}([a-z]{2,24})(?![\p{L}\d-])/iu;

/**
 * Is "<behind> at <ahead>" an address whose "@" was written as a word? `cue` says an address was
 * announced just before ("email: ana at company.com"), which makes any typed domain acceptable.
 */
export function isSpelledAt(behind: string, ahead: string, cue = false): boolean {
  // "r.a.m.b.l.e.r.ru": a domain spelled letter by letter reads as "rambler.ru".
  ahead = collapseSpelledLetters(ahead);
  // "my site is at jess dot design": a preposition before a spelled domain is a site, not an address.
  if (hasSpelledDomainAhead(ahead)) return !PROSE_BEFORE_AT.has(behind.toLowerCase());
  if (cue && !PROSE_BEFORE_AT.has(behind.toLowerCase())) {
    const literal = LITERAL_DOMAIN_AHEAD.exec(ahead);
    if (literal && TOP_LEVEL_DOMAINS.has(literal[1]!.toLowerCase())) return true;
  }
  const provider = PROVIDER_AHEAD.exec(ahead);
  if (!provider) return false;
  const name = provider[1]!.toLowerCase();
  const tld = provider[2]?.toLowerCase();
  const local = behind.toLowerCase();
  // "Gmail et Outlook", "gmail at hotmail": two providers named side by side.
  if (PROSE_BEFORE_AT.has(local) || isMailProvider(local)) return false;
  if (tld) {
    // A typed TLD: a known provider's own domain, "mail.ru" or "live.com".
    return TOP_LEVEL_DOMAINS.has(tld) && (isMailProvider(name) || MAIL_LABELS_WITH_TLD.has(name));
  }
  // "lena_k at web de", "olga.r sobaka bk ru": a label that needs its TLD, the TLD typed after a space,
  // behind a local part that looks like one.
  if (!isMailProvider(name)) return MAIL_LABELS_WITH_TLD.has(name) && HANDLE_LIKE.test(local) && TOP_LEVEL_DOMAINS.has(SPACED_TLD.exec(ahead.slice(provider[0].length))?.[1]?.toLowerCase() ?? '');
  if (MAIL_ONLY.has(name)) return true;
  // "worked at Yahoo", "interned at Yandex": a verb or a role, not a mailbox name.
  return !/(?:ed|ing)$/.test(local) && !/^\d+$/.test(name) || /[\d_.+]/.test(local);
}
