import { isAllowedDomain } from '../detectorOptions.js';
import { matchFromView, type RecognizerFactory } from '../recognizer.js';
import { symbolsView } from '../text/symbolsView.js';
import { MAIL_PROVIDERS, TOP_LEVEL_DOMAINS } from '../text/topLevelDomains.js';
import type { ContactMatch } from '../types.js';

const LOCAL_CHAR = /[\p{L}\d._%+'-]/u;
const DOMAIN_CHAR = /[\p{L}\d.-]/u;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
// Labels then a TLD; digits glued after the TLD are not part of it ("test@example.com555-123-4567").
const DOMAIN = /^(?:[\p{L}\d](?:[\p{L}\d-]{0,61}[\p{L}\d])?\.){1,8}(\p{L}{2,24}|xn--[a-z\d-]{1,59})(?![\p{L}])/iu;

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
      let to = at + 1;
      while (to < text.length && to - at <= MAX_DOMAIN && DOMAIN_CHAR.test(text[to]!)) to += 1;
      while (to > at + 1 && /[.-]/.test(text[to - 1]!)) to -= 1;
      const local = text.slice(from, at);
      const typedDomain = resolveDomain(text.slice(at + 1, to));
      const address = typedDomain && !isInsideLink(text, from) ? typedDomain : undefined;
      if (local.length > 0 && address && !isAllowedDomain(address.domain, options)) {
        matches.push(
          matchFromView(view, from, at + 1 + address.typedLength, {
            kind: 'email',
            value: `${local.toLowerCase()}@${address.domain}`,
            confidence: address.guessed ? 0.8 : 0.95,
          }),
        );
        lastEnd = to;
      }
      at = text.indexOf('@', Math.max(at + 1, to));
    }
    return matches;
  },
});

interface ResolvedDomain {
  domain: string;
  /** How many characters of the typed text the domain covers. */
  typedLength: number;
  guessed: boolean;
}

/** "mail.co" as typed; "gmail" completed to "gmail.com"; anything else is not a domain. */
function resolveDomain(typed: string): ResolvedDomain | undefined {
  const found = DOMAIN.exec(typed);
  if (found) {
    const tld = found[1]!.toLowerCase();
    if (TOP_LEVEL_DOMAINS.has(tld) || tld.length === 2 || tld.startsWith('xn--')) {
      return { domain: found[0].toLowerCase(), typedLength: found[0].length, guessed: false };
    }
    // "ana@gmail.com. Thanks": the next sentence, joined on by the separators view, is not a TLD;
    // the address ends a label earlier (at most 8 tries: DOMAIN holds at most 9 labels).
    const shorter = found[0].slice(0, found[0].lastIndexOf('.'));
    return shorter.includes('.') ? resolveDomain(shorter) : undefined;
  }
  const name = (/^[\p{L}\d]{1,20}/u.exec(typed)?.[0] ?? '').toLowerCase();
  // Own keys only: "ana@constructor" must not find Object.prototype.constructor.
  const provider = Object.hasOwn(MAIL_PROVIDERS, name) ? MAIL_PROVIDERS[name] : undefined;
  return provider ? { domain: provider, typedLength: name.length, guessed: true } : undefined;
}

/** "http://user:pass@example.com": the "@" belongs to a link's credentials, not an address. */
function isInsideLink(text: string, localStart: number): boolean {
  // Bounded look-back keeps the scan linear on long texts without spaces.
  const window = text.slice(Math.max(0, localStart - 200), localStart);
  const before = window.slice(window.lastIndexOf(' ') + 1);
  const slashes = before.lastIndexOf('//');
  return slashes !== -1 && !/[()[\]<>"']/.test(before.slice(slashes));
}
