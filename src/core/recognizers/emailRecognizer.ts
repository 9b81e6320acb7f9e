import { isAllowedDomain } from '../detectorOptions.js';
import { findDescribedAddresses } from '../email/describedAddresses.js';
import { matchFromView, type RecognizerFactory } from '../recognizer.js';
import { MAIL_PROVIDERS } from '../lexicon/mailProviders.js';
import { joinSpelledLetters } from '../text/spelledLetters.js';
import { symbolsView } from '../text/symbolsView.js';
import { TOP_LEVEL_DOMAINS } from '../text/topLevelDomains.js';
import type { ContactMatch } from '../types.js';

// Latin, Cyrillic and Greek letters: "邮箱ana@gmail.com" starts at "ana".
const LOCAL_CHAR = /[\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}\d._%+'-]/u;
const DOMAIN_CHAR = /[\p{L}\d.-]/u;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
// Labels then a TLD; digits glued after the TLD are not part of it ("test@example.com555-123-4567").
const DOMAIN = /^(?:[\p{L}\d](?:[\p{L}\d-]{0,61}[\p{L}\d])?\.){1,8}([\p{sc=Latin}\p{sc=Cyrillic}]{2,24}|xn--[a-z\d-]{1,59})(?![\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}])/iu;

/**
 * Finds email addresses by scanning out from each "@" (bounded on both sides, so long runs of
 * letters or "@" stay linear), in the view where "(at)" and "dot" are already symbols.
 *
 * @example
 * ```ts
 * composeDetector([createEmailRecognizer]).detect('ana (at) mail (dot) co');
 * // [{ kind: 'email', text: 'ana (at) mail (dot) co', value: 'ana@mail.co', obfuscated: true, ... }]
 * ```
 *
 * @group Recognizers
 */
export const createEmailRecognizer: RecognizerFactory = (options) => ({
  kinds: ['email'],
  scan(context) {
    const view = symbolsView(context);
    const text = view.text;
    const matches: ContactMatch[] = [];
    let at = text.indexOf('@');
    let lastEnd = 0;
    while (at !== -1) {
      let from = at;
      while (from > lastEnd && at - from < MAX_LOCAL && LOCAL_CHAR.test(text[from - 1]!)) from -= 1;
      // "nick..f@yahoo.ca": an address cannot hold two dots in a row, so it starts after them.
      const doubleDot = text.slice(from, at).lastIndexOf('..');
      if (doubleDot !== -1) from += doubleDot + 2;
      while (from < at && /[.'-]/.test(text[from]!)) from += 1;
      // "m u r a t@outlook.com" (the domain joined by the fold): the local part spelled apart before it.
      if (at - from === 1) from = spacedOutStart(text, from, lastEnd);
      let to = at + 1;
      while (to < text.length && to - at <= MAX_DOMAIN && DOMAIN_CHAR.test(text[to]!)) to += 1;
      while (to > at + 1 && /[.-]/.test(text[to - 1]!)) to -= 1;
      const local = text.slice(from, at).replaceAll(' ', '');
      const typedDomain = resolveDomain(text.slice(at + 1, to));
      const reversed = typedDomain?.guessed !== false ? readReversed(text, from, at) : undefined;
      if (reversed && !isInsideLink(text, from) && !isAllowedDomain(reversed.domain, options)) {
        matches.push(matchFromView(view, from, reversed.end, { kind: 'email', value: reversed.value, confidence: 0.8, obfuscated: true }));
        lastEnd = reversed.end;
        at = text.indexOf('@', reversed.end);
        continue;
      }
      const address = typedDomain && !isInsideLink(text, from) ? typedDomain : undefined;
      if (local.length > 0 && address && !isAllowedDomain(address.domain, options)) {
        matches.push(
          matchFromView(view, from, at + 1 + address.typedLength, {
            kind: 'email',
            value: `${joinSpelledLetters(local.toLowerCase())}@${address.domain}`,
            confidence: address.guessed ? 0.8 : 0.95,
            ...(address.spelled ? { obfuscated: true } : {}),
          }),
        );
        lastEnd = to;
      }
      at = text.indexOf('@', Math.max(at + 1, to));
    }
    // Described addresses are a way of spelling one out: off with the spelled-symbols stage.
    if (context.options.obfuscation.spelledSymbols) matches.push(...findDescribedAddresses(view));
    return matches;
  },
});

interface ResolvedDomain {
  domain: string;
  /** How many characters of the typed text the domain covers. */
  typedLength: number;
  guessed: boolean;
  /** Spelled letter by letter ("g.m.a.i.l"). */
  spelled?: boolean;
}

/** "mail.co" as typed; "gmail" completed to "gmail.com"; "g.m.a.i.l" read as gmail; anything else is not a domain. */
function resolveDomain(typed: string): ResolvedDomain | undefined {
  const literal = resolveTypedDomain(typed);
  if (literal) return literal;
  const joined = joinSpelledLetters(typed);
  if (joined === typed) return undefined;
  const resolved = resolveTypedDomain(joined);
  return resolved?.typedLength === joined.length ? { ...resolved, typedLength: typed.length, spelled: true } : undefined;
}

function resolveTypedDomain(typed: string): ResolvedDomain | undefined {
  const found = DOMAIN.exec(typed);
  if (found) {
    const tld = found[1]!.toLowerCase();
    if (TOP_LEVEL_DOMAINS.has(tld) || tld.length === 2 || tld.startsWith('xn--')) {
      const domain = found[0].toLowerCase();
      const joined = joinSpelledLetters(domain);
      return { domain: joined, typedLength: found[0].length, guessed: false, ...(joined === domain ? {} : { spelled: true }) };
    }
    // "ana@gmail.com. Thanks": the next sentence, joined on by the separators view, is not a TLD;
    // the address ends a label earlier (at most 8 tries: DOMAIN holds at most 9 labels).
    const shorter = found[0].slice(0, found[0].lastIndexOf('.'));
    return shorter.includes('.') ? resolveTypedDomain(shorter) : undefined;
  }
  const name = (/^[\p{L}\d]{1,20}/u.exec(typed)?.[0] ?? '').toLowerCase();
  // Own keys only: "ana@constructor" must not find Object.prototype.constructor.
  const provider = Object.hasOwn(MAIL_PROVIDERS, name) ? MAIL_PROVIDERS[name] : undefined;
  return provider ? { domain: provider, typedLength: name.length, guessed: true } : undefined;
}

// A reversed domain before the "@": "moc.liamg", "ur.kb", "ed.nilno-t" (a TLD, then a label or more).
const REVERSED_DOMAIN = /^(\p{L}{2,24})\.[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){0,3}$/u;
const MAX_REVERSED_LOCAL = 64;

/** "moc.liamg@ana.bauer": an address typed backwards, read from its last character. */
function readReversed(text: string, from: number, at: number): { domain: string; value: string; end: number } | undefined {
  const typedDomain = text.slice(from, at);
  const tld = REVERSED_DOMAIN.exec(typedDomain)?.[1];
  if (!tld) return undefined;
  const domain = [...typedDomain].reverse().join('').toLowerCase();
  if (!TOP_LEVEL_DOMAINS.has([...tld].reverse().join('').toLowerCase()) || resolveTypedDomain(domain)?.domain !== domain) return undefined;
  let end = at + 1;
  while (end < text.length && end - at <= MAX_REVERSED_LOCAL && LOCAL_CHAR.test(text[end]!)) end += 1;
  while (end > at + 1 && /[.'-]/.test(text[end - 1]!)) end -= 1;
  if (end === at + 1) return undefined;
  const local = [...text.slice(at + 1, end)].reverse().join('').toLowerCase();
  return { domain, value: `${local}@${domain}`, end };
}

/** Where single characters spaced one apart ("m u r a t") that end with the one at `last` start. */
function spacedOutStart(text: string, last: number, limit: number): number {
  let from = last;
  while (from - 2 >= limit && last - from < MAX_LOCAL && text[from - 1] === ' ' && LOCAL_CHAR.test(text[from - 2]!) && !LOCAL_CHAR.test(text[from - 3] ?? ' ')) from -= 2;
  // Three characters at least, so "I @ana" or "a @ b" stay what they are.
  return last - from >= 4 ? from : last;
}

/** "http://user:pass@example.com": the "@" belongs to a link's credentials, not an address. */
function isInsideLink(text: string, localStart: number): boolean {
  // Bounded look-back keeps the scan linear on long texts without spaces.
  const window = text.slice(Math.max(0, localStart - 200), localStart);
  const before = window.slice(window.lastIndexOf(' ') + 1);
  const slashes = before.lastIndexOf('//');
  return slashes !== -1 && !/[()[\]<>"']/.test(before.slice(slashes));
}
