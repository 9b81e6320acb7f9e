import { AT_WORDS, DOMAIN_WORDS, DOT_WORDS, SLASH_WORDS } from '../lexicon/atDotWords.js';
import { MAIL_LABELS_WITH_TLD, MAIL_PROVIDERS, PROVIDER_SPELLINGS } from '../lexicon/mailProviders.js';
import type { NormalizedText, NormalizedTextBuilder } from '../normalizedText.js';
import { alternation } from './alternation.js';
import { isProseBeforeAt, isSpelledAt } from './spelledAtWord.js';
import { TOP_LEVEL_DOMAINS, WORD_LIKE_TLDS } from './topLevelDomains.js';

// Words written without spaces around them (Chinese, Japanese) are matched on their own, between
// Latin letters or digits; the others need spaces ("ana at gmail", not "Kathmandu").
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const spaced = (words: readonly string[]) => alternation(words.filter((word) => !UNSPACED.test(word)), ' ');
const unspaced = (words: readonly string[]) => alternation(words.filter((word) => UNSPACED.test(word)), '\\s{0,2}');
const AT = spaced(AT_WORDS);
const DOT = spaced(DOT_WORDS);
const firstCharacters = (words: string) => [...new Set(words.split('|').map((word) => word[0]))].join('');

// "(at)", "[dot]", "{ at }", "<.>", "【あっと】": brackets make the intent unambiguous.
const BRACKETED = new RegExp(
  `\\s{0,3}[([{<【「〔]\\s{0,2}(${alternation([...AT_WORDS, ...DOT_WORDS], ' ')}|@|\\.)\\s{0,2}[)\\]}>】」〕]\\s{0,3}`,
  'giu',
);
// A pass runs only from the first place one of its triggers occurs (see `rewrite`): most messages
// hold no bracket, no other-script provider or TLD word and no Chinese or Japanese "@" or "." word,
// and a trigger of plain characters or literal words is found much faster than the pass's pattern.
const OPENING_BRACKET = /[([{<【「〔]/;
// One of a pattern's words anywhere (case-insensitive, like the pattern).
const anyOf = (words: string) => new RegExp(words, 'iu');
// A spaced word right after a space: the pass's match starts at most two more spaces before it.
const spacedWord = (words: string) => new RegExp(`\\s(?:${words})`, 'iu');
// The patterns below that open with a lookbehind first look ahead for the character they consume
// first: V8 tries a leading lookbehind at every position. Outside ASCII each try of a Unicode class
// searches the Unicode tables (about 10× slower on non-Latin text than on prose); the mail
// providers' alternation costs a few microseconds per keystroke.
// "ana at mail dot co": bare words, accepted only where an address or domain follows.
const AT_WORD = new RegExp(`(?=\\s)(?<=[\\p{L}\\d._%+-])\\s{1,3}(?:${AT})\\s{1,3}(?=[\\p{L}\\d])`, 'giu');
const DOT_WORD = new RegExp(`(?=\\s)(?<=[\\p{L}\\d-])\\s{1,3}(?:${DOT})\\s{1,3}(?=[\\p{L}\\d])`, 'giu');
// "ana @ gmail . com", "ana@ gmail.com": spaces around the "@" and the dots of the domain.
const SPACED_AT = /(?=[\s@])(?<=[\p{L}\d_%+-])(\s{0,3})@(\s{0,3})([\p{L}\d-]{1,63}(?:\s{0,3}\.\s{0,3}[\p{L}\d-]{1,63}){0,12})/gu;
// "xiaoyu艾特126点com", "takumi アット docomo": no spaces needed, but Latin letters or digits around.
const UNSPACED_AT_WORDS = unspaced(AT_WORDS);
const UNSPACED_DOT_WORDS = unspaced(DOT_WORDS);
const UNSPACED_AT = new RegExp(`(?=[\\s${firstCharacters(UNSPACED_AT_WORDS)}])(?<=[a-z\\d._%+-])\\s{0,2}(?:${UNSPACED_AT_WORDS})\\s{0,2}(?=[a-z\\d])`, 'giu');
const UNSPACED_DOT = new RegExp(`(?=[\\s${firstCharacters(UNSPACED_DOT_WORDS)}])(?<=[a-z\\d-])\\s{0,2}(?:${UNSPACED_DOT_WORDS})\\s{0,2}(?=([a-z]{2,24})(?![a-z\\d]))`, 'giu');
// Provider names written in another script ("জিমেইল", "ヤフー", "яндекс"): read as their Latin names.
// Arabic-script prefixes ("وجيميل", "and gmail") and Chinese or Japanese text may touch them.
const PROVIDER_SPELLINGS_ALTERNATION = alternation(PROVIDER_SPELLINGS.keys(), '\\s{0,2}');
// Looked up without spaces: "جي ميل" is also typed "جيميل".
const PROVIDER_BY_LETTERS = new Map([...PROVIDER_SPELLINGS].map(([spelling, name]) => [spelling.replace(/\s+/g, ''), name]));
const SPELLED_PROVIDER = new RegExp(
  `(?=[${firstCharacters(PROVIDER_SPELLINGS_ALTERNATION)}])(?<![\\p{sc=Latin}\\p{sc=Cyrillic}\\p{sc=Devanagari}\\p{sc=Bengali}\\d])(?:${PROVIDER_SPELLINGS_ALTERNATION})`,
  'giu',
);
// "g . m . a . i . l", "y-a-h-o-o": a provider's name spelled letter by letter.
const SPELLED_OUT_NAME = /(?=[a-z\d](?: ?[.-] ?| )[a-z\d](?: ?[.-] ?| )[a-z\d])(?<![\p{L}\d.-])(?:[a-z\d](?: ?[.-] ?| )){3,11}[a-z\d](?![\p{L}\d]|[.-]\s?[a-z\d])/giu;
// "ইয়াহু [ডট] কম", "yahoo ڈاٹ کام": a TLD written in the language's script, after a dot.
const DOMAIN_WORDS_ALTERNATION = alternation(DOMAIN_WORDS.keys(), '\\s{1,2}');
const DOMAIN_WORD = new RegExp(
  `(?=[${firstCharacters(DOMAIN_WORDS_ALTERNATION)}])(?<=[.\\s])(?:${DOMAIN_WORDS_ALTERNATION})(?![\\p{L}\\p{M}\\d])`,
  'giu',
);
// "email: ana at company.com": a cue that an address follows, so a typed domain is accepted.
const EMAIL_CUE = /(?:e-?mail|correo|courriel|contact|write\s{1,3}to|reach\s{1,3}(?:me|us))(?![\p{L}])[^.!?\n]{0,40}$/iu;
// "ana at gmail com", "ana@gmail. com", "lena_k@web de": a provider, a space (or a spaced dot), then its TLD.
const PROVIDER_SPACE_TLD = new RegExp(
  `(?=[\\s.])(?<=@(${alternation([...Object.keys(MAIL_PROVIDERS), ...MAIL_LABELS_WITH_TLD], '')}))(?:\\s{1,2}|\\s{0,2}\\.\\s{1,2}|\\s{1,2}\\.)(?=([a-z]{2,3})(?![\\p{L}\\d]))`,
  'giu',
);
const GENERIC_TLDS = new Set(['com', 'net', 'org']);

/** A mailbox takes com, net or org after a space ("gmail com"); a label that needs its TLD takes any ("web de", "bk ru"). */
function isSpacedTld(label: string, tld: string): boolean {
  const lower = tld.toLowerCase();
  return GENERIC_TLDS.has(lower) || (MAIL_LABELS_WITH_TLD.has(label.toLowerCase()) && TOP_LEVEL_DOMAINS.has(lower));
}
// The local part before a spelled "at" ("ana_b at gmail").
const LOCAL_CHARACTER = /[\p{L}\d._%+'-]/u;
// "ana dot b at gmail": a dot word inside the local part, before an "@" already rewritten.
const LOCAL_AHEAD = /^[\p{L}\d_%+-]{1,64}@/u;
// "t dot me slash ana", "zalo.me 斜杠 0912…": a slash word after a domain or a path, before a path part.
const UNSPACED_SLASH_WORDS = unspaced(SLASH_WORDS);
const SLASH_WORD = new RegExp(
  `(?=[\\s${firstCharacters(UNSPACED_SLASH_WORDS)}])(?<=[\\p{L}\\d_-])(?:\\s{1,3}(?:${spaced(SLASH_WORDS)})\\s{1,3}|\\s{0,3}(?:${UNSPACED_SLASH_WORDS})\\s{0,3})(?=[\\p{L}\\d@$~_])`,
  'giu',
);
const LINK_BEHIND = /[\p{L}\d._/-]/u;
// A domain ("t.me") or a link's path ("zoom.us/j") ends right before the slash word.
const ENDS_IN_DOMAIN_OR_PATH = /\.[a-z]{2,24}(?:\/[\p{L}\d._-]*)*$/iu;
// "sms. ac/smsrewards": a space slipped in after the dot of a link with a path.
const SPACED_DOT_IN_LINK = /(?=\.)(?<=[\p{L}\d])\. (?=(\p{L}{2,24})\/)/gu;
const TLD_AHEAD = /^([a-z]{2,24})(?![\p{L}\d])/iu;
const LABEL_CHARACTER_BEHIND = /[\p{L}\d-]/u;

// What each pass needs (see the note on OPENING_BRACKET).
const PROVIDER_SPELLING_ANYWHERE = anyOf(PROVIDER_SPELLINGS_ALTERNATION);
const DOMAIN_WORD_ANYWHERE = anyOf(DOMAIN_WORDS_ALTERNATION);
const UNSPACED_DOT_ANYWHERE = anyOf(UNSPACED_DOT_WORDS);
const UNSPACED_AT_ANYWHERE = anyOf(UNSPACED_AT_WORDS);
const SLASH_WORD_ANYWHERE = anyOf(`${spaced(SLASH_WORDS)}|${UNSPACED_SLASH_WORDS}`);
const AT_WORD_AFTER_SPACE = spacedWord(AT);
const DOT_WORD_AFTER_SPACE = spacedWord(DOT);

/** The run of `character` that ends at `index`, at most `limit` long (a loop: a `$`-anchored regex retries from every start). */
function runBehind(text: string, index: number, character: RegExp, limit: number): string {
  let start = index;
  while (start > 0 && index - start < limit && character.test(text[start - 1]!)) start -= 1;
  return text.slice(start, index);
}
/** Characters of a local part spelled one at a time before an at-word ("t o m e k . k o w a l s k i małpa"). */
const MIN_SPACED_OUT = 4;
const MAX_SPACED_OUT = 64;

/** The local part spelled out with single spaces that ends at `index`, joined ("tomek.kowalski"), if any. */
function spacedOutBehind(text: string, index: number): string | undefined {
  let joined = '';
  let at = index - 1;
  while (at >= 0 && joined.length < MAX_SPACED_OUT && LOCAL_CHARACTER.test(text[at]!) && !LOCAL_CHARACTER.test(text[at - 1] ?? ' ')) {
    joined = text[at]! + joined;
    if (text[at - 1] !== ' ') break;
    at -= 2;
  }
  return joined.length >= MIN_SPACED_OUT ? joined : undefined;
}

// A dot word after these is prose ("the dot com era"), not a domain.
const NOT_A_LABEL = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'this', 'that', 'his', 'her', 'their', 'its']);
// "a n a @ m a i l . c o": single characters spaced out around an "@" ("r@o" where "(at)" was).
const SPACED_OUT = /(?=[\p{L}\d@._-])(?<![\p{L}\d])(?:(?:[\p{L}\d._-]@)?[\p{L}\d@._-] ){4,120}(?:[\p{L}\d._-]@)?[\p{L}\d@._-](?![\p{L}\d])/gu;

/**
 * Rewrites every match of `pattern` that `replacement` gives a value for. `needs`: a literal (or a
 * pattern of plain characters or words) every match holds, so a text without it is skipped;
 * `after`: how far before it a match can start at most (`0` when it looks behind for it), so the
 * scan starts there instead of at 0.
 */
function rewrite(
  source: NormalizedText,
  pattern: RegExp,
  replacement: (match: RegExpMatchArray) => string | undefined,
  needs?: string | RegExp,
  after?: number,
): NormalizedText {
  const text = source.text;
  // A pass whose every match must hold `needs` has nothing to do in a text without it.
  const first = needs === undefined ? 0 : typeof needs === 'string' ? text.indexOf(needs) : text.search(needs);
  if (first < 0) return source;
  // Derived on the first rewrite: most passes over most messages change nothing.
  let builder: NormalizedTextBuilder | undefined;
  let copiedUpTo = 0;
  // No match starts before the first place it could (matchAll starts at the regex's lastIndex).
  pattern.lastIndex = after === undefined ? 0 : Math.max(0, first - after);
  for (const match of text.matchAll(pattern)) {
    const value = replacement(match);
    if (value === undefined) continue;
    builder ??= source.derive();
    builder.copy(copiedUpTo, match.index).replace(match.index, match.index + match[0].length, value);
    copiedUpTo = match.index + match[0].length;
  }
  return builder ? builder.copy(copiedUpTo, text.length).build() : source;
}

/** "w p . p l", "o n e t . p l": a provider's domain spelled letter by letter, its dot kept. */
function spelledProviderDomain(spelled: string): string | undefined {
  const labels = spelled.replace(/\s/g, '').toLowerCase().split('.');
  const [name, ...rest] = labels;
  if (rest.length === 0 || rest.length > 2 || !rest.every((label) => TOP_LEVEL_DOMAINS.has(label))) return undefined;
  return Object.hasOwn(MAIL_PROVIDERS, name!) || MAIL_LABELS_WITH_TLD.has(name!) ? labels.join('.') : undefined;
}

const DOT_WORD_SET = new Set(DOT_WORDS);
const isDotWord = (word: string) => word === '.' || DOT_WORD_SET.has(word.toLowerCase().replace(/\s+/g, ' '));

const LABEL_CHARACTER = /[\p{L}\p{M}\d-]/u;

/** A TLD written in another script counts after a label ending in a Latin letter or digit, or after another such TLD. */
function isDomainWordPlace(text: string, index: number): boolean {
  let before = text.slice(Math.max(0, index - 80), index);
  if (before.endsWith('.')) {
    before = before.slice(0, -1);
  } else {
    // "yahoo ڈاٹ کام": a dot word between spaces.
    const trimmed = before.trimEnd();
    let wordStart = trimmed.length;
    while (wordStart > 0 && !/\s/.test(trimmed[wordStart - 1]!)) wordStart -= 1;
    if (trimmed.length === before.length || wordStart === trimmed.length || !isDotWord(trimmed.slice(wordStart))) return false;
    before = trimmed.slice(0, wordStart).trimEnd();
  }
  let labelStart = before.length;
  while (labelStart > 0 && LABEL_CHARACTER.test(before[labelStart - 1]!)) labelStart -= 1;
  const label = before.slice(labelStart);
  return label.length > 0 && (/[a-z\d]$/i.test(label) || DOMAIN_WORDS.has(label.toLowerCase()));
}

/**
 * Rewrites the ways people spell "@" and "." to dodge filters: "(at)", "[dot]", "ana at gmail",
 * "myportfolio dot io", "a n a @ m a i l . c o". Word forms are rewritten only where an address or
 * a domain with a known TLD follows, so "meet at noon" stays prose.
 */
export function buildSpelledSymbolsView(source: NormalizedText, spacedOut: boolean): NormalizedText {
  let view = rewrite(source, BRACKETED, (match) => (isDotWord(match[1]!) ? '.' : '@'), OPENING_BRACKET, 3);
  view = rewrite(view, SPELLED_PROVIDER, (match) => PROVIDER_BY_LETTERS.get(match[0].toLowerCase().replace(/\s+/g, '')), PROVIDER_SPELLING_ANYWHERE, 0);
  view = rewrite(view, SPELLED_OUT_NAME, (match) => {
    const name = match[0].replace(/[\s.-]/g, '').toLowerCase();
    if (Object.hasOwn(MAIL_PROVIDERS, name)) return name;
    // After an "@" the spaced-out pass joins the whole address ("a n a @ m a i l . c o").
    return view.text.slice(Math.max(0, match.index! - 3), match.index).trimEnd().endsWith('@') ? undefined : spelledProviderDomain(match[0]);
  });
  const beforeDomainWords = view;
  view = rewrite(view, DOMAIN_WORD, (match) =>
    isDomainWordPlace(beforeDomainWords.text, match.index!) ? DOMAIN_WORDS.get(match[0].toLowerCase().replace(/\s+/g, ' ')) : undefined,
  DOMAIN_WORD_ANYWHERE, 0);
  view = rewrite(view, UNSPACED_DOT, (match) => (TOP_LEVEL_DOMAINS.has(match[1]!.toLowerCase()) ? '.' : undefined), UNSPACED_DOT_ANYWHERE, 2);
  if (spacedOut) {
    view = rewrite(view, SPACED_OUT, (match) => (match[0].includes('@') ? match[0].replaceAll(' ', '') : undefined), '@');
  }
  view = rewrite(view, SPACED_AT, (match) => {
    if (!/\s/.test(match[0])) return undefined;
    const domain = match[3]!.replace(/\s/g, '');
    const labels = domain.split('.');
    const tld = labels[labels.length - 1]!.toLowerCase();
    // "thanks @ Maria. It works": a spaced dot before a word-like TLD is a sentence break.
    const spacedDot = /\s/.test(match[3]!);
    const isDomain = labels.length > 1 && TOP_LEVEL_DOMAINS.has(tld) && !(spacedDot && WORD_LIKE_TLDS.has(tld));
    const behind = runBehind(view.text, match.index!, LOCAL_CHARACTER, 64);
    if (isProseBeforeAt(behind)) return undefined;
    return isDomain || isSpelledAt(behind, domain) ? `@${domain}` : undefined;
  }, '@', 3);
  view = rewrite(view, AT_WORD, (match) => {
    const ahead = view.text.slice(match.index! + match[0].length, match.index! + match[0].length + 200);
    const behind = spacedOutBehind(view.text, match.index!) ?? runBehind(view.text, match.index!, LOCAL_CHARACTER, 64);
    const before = view.text.slice(Math.max(0, match.index! - 80), match.index! - behind.length);
    return isSpelledAt(behind, ahead, EMAIL_CUE.test(before)) ? '@' : undefined;
  }, AT_WORD_AFTER_SPACE, 2);
  view = rewrite(view, UNSPACED_AT, (match) => {
    const ahead = view.text.slice(match.index! + match[0].length, match.index! + match[0].length + 200);
    const behind = runBehind(view.text, match.index!, LOCAL_CHARACTER, 64);
    return isSpelledAt(behind, ahead, true) ? '@' : undefined;
  }, UNSPACED_AT_ANYWHERE, 2);
  view = rewrite(view, PROVIDER_SPACE_TLD, (match) => (isSpacedTld(match[1]!, match[2]!) ? '.' : undefined), '@', 0);
  const current = view;
  view = rewrite(view, DOT_WORD, (match) => {
    const label = runBehind(current.text, match.index!, LABEL_CHARACTER_BEHIND, 63);
    const behind = label ? [label, label] : null;
    if (!behind || NOT_A_LABEL.has(behind[1]!.toLowerCase())) return undefined;
    // "www dot myportfolio dot com": the first dot, before the domain's own.
    if (behind[1]!.toLowerCase() === 'www') return '.';
    const aheadText = current.text.slice(match.index! + match[0].length, match.index! + match[0].length + 70);
    if (LOCAL_AHEAD.test(aheadText)) return '.';
    const tld = TLD_AHEAD.exec(aheadText);
    return tld && TOP_LEVEL_DOMAINS.has(tld[1]!.toLowerCase()) ? '.' : undefined;
  }, DOT_WORD_AFTER_SPACE, 2);
  const withDots = view;
  view = rewrite(view, SLASH_WORD, (match) => {
    const behind = runBehind(withDots.text, match.index!, LINK_BEHIND, 200);
    const tld = /\.([a-z]{2,24})(?:\/|$)/i.exec(behind.slice(behind.lastIndexOf('.')));
    return ENDS_IN_DOMAIN_OR_PATH.test(behind) && tld && TOP_LEVEL_DOMAINS.has(tld[1]!.toLowerCase()) ? '/' : undefined;
  }, SLASH_WORD_ANYWHERE, 3);
  // Its match looks ahead for a "/": a text without one has nothing to rewrite.
  if (!view.text.includes('/')) return view;
  return rewrite(view, SPACED_DOT_IN_LINK, (match) => (TOP_LEVEL_DOMAINS.has(match[1]!.toLowerCase()) ? '.' : undefined), '. ', 0);
}
