import { isAllowedDomain } from '../detectorOptions.js';
import { MAIL_PROVIDERS } from '../lexicon/mailProviders.js';
import { findChatLinkNumber } from '../platforms/chatLinkNumber.js';
import { findKnownHost, type KnownHost } from '../platforms/platformHosts.js';
import { matchFromView, type RecognizerFactory } from '../recognizer.js';
import { symbolsView } from '../text/symbolsView.js';
import { FILE_EXTENSIONS } from '../text/fileExtensions.js';
import { TOP_LEVEL_DOMAINS, WORD_LIKE_TLDS } from '../text/topLevelDomains.js';
import type { ContactMatch } from '../types.js';
import { findLinkEnd } from '../text/linkEnd.js';
import { isServiceHelpPage } from '../text/serviceHelpPage.js';

// Where a link starts for sure: a scheme or "www.".
const LINK_START = /(?<![\p{L}\d])(?:https?:\/\/|ftp:\/\/|\/\/(?=[\p{L}\d])|www\d{0,3}\.)/giu;
// A dot followed by what could be a TLD: the anchor for bare domains ("myportfolio.io").
const TLD_ANCHOR = /\.(\p{L}{2,24})(?![\p{L}\d-])/gu;
const LABEL_CHAR = /[\p{L}\d-]/u;
const HOST_CHAR = /[\p{L}\d.-]/u;
const LATIN_HOST_CHAR = /[\p{sc=Latin}\d.-]/u;
const AUTHORITY = /[\p{L}\d.:@-]{0,253}/uy;
const MAX_HOST = 253;
// Details carried inside a link: an address in the user part or the path, a number in a query
// parameter named for it ("?phone=1917…"). Reported as what they are, beside the rest of the link.
const INNER_DOMAIN = /(?:[\p{L}\d-]{1,63}\.){1,8}([\p{L}\d-]{1,63})(?![\p{L}\d-])/uy;
const INNER_PHONE = /[?&;]([\w-]{1,40})=((?:\+|%2B)?\d[\d.()-]{6,24}\d)(?![\w%])/gi;
// Named for a phone: "phone", "tel", "mobile_no", "wa"… (not "hotel", "callback" or "number").
const PHONE_KEY = /phone|mobile|whats|^(?:tel|cell|wa|sms|call|contact|contato|contacto|contatto|kontakt|celular|movil|nomor)(?:$|[_-])/i;
// A handle as a query value named for a messaging app ("?tg=dev_alex", "&insta=ana.k").
const INNER_HANDLE = /[?&;]([a-z]{2,12})=(@?[a-z][\w.]{2,29})(?![\w%.])/gi;

// Query keys that name a messaging app, as sites write them (a short table here: the url-only
// bundle does without the platform lexicon).
const HANDLE_KEYS: Readonly<Record<string, string>> = {
  tg: 'telegram', telegram: 'telegram', ig: 'instagram', insta: 'instagram', instagram: 'instagram', wa: 'whatsapp',
  whatsapp: 'whatsapp', skype: 'skype', discord: 'discord', snap: 'snapchat', snapchat: 'snapchat', wechat: 'wechat',
  weixin: 'wechat', viber: 'viber', line: 'line', kik: 'kik', fb: 'facebook', facebook: 'facebook', tiktok: 'tiktok',
};

/** The messaging app a query key names ("tg", "insta"), when handles are given there. */
function platformNamed(key: string): string | undefined {
  const name = key.toLowerCase();
  return Object.hasOwn(HANDLE_KEYS, name) ? HANDLE_KEYS[name] : undefined;
}

/**
 * "wa.me/14155550123": the link stays `social` up to the number, the number is a `phone` (the
 * detail the link gives away, blocked like any phone).
 */
function withChatNumber(view: ReturnType<typeof symbolsView>, whole: ContactMatch, from: number, link: string): ContactMatch[] {
  const number = findChatLinkNumber(link);
  if (!number) return [whole];
  const phone = matchFromView(view, from + number.start, from + number.end, { kind: 'phone', value: number.value, confidence: 0.9 });
  return [{ ...whole, end: phone.start, text: view.original.slice(whole.start, phone.start) }, phone];
}

/**
 * Finds links and bare domains. Links to known messaging, meeting and payment hosts are reported
 * as `social`, `meeting` or `payment` with their platform; the platform's own domains never are.
 *
 * @example
 * ```ts
 * composeDetector([createUrlRecognizer]).detect('wa.me/34600111222 or ana.dev');
 * // [{ kind: 'social', platform: 'whatsapp', ... }, { kind: 'url', text: 'ana.dev', ... }]
 * ```
 *
 * @group Recognizers
 */
export const createUrlRecognizer: RecognizerFactory = (options) => {
  const extraHosts: KnownHost[] = [
    ...options.platforms.flatMap((platform) =>
      (platform.hosts ?? []).map((host) => ({ host, kind: 'social' as const, platform: platform.id })),
    ),
    ...options.paymentBrands.flatMap((brand) =>
      (brand.hosts ?? []).map((host) => ({ host, kind: 'payment' as const, platform: brand.id })),
    ),
  ];

  const toMatch = (
    view: ReturnType<typeof symbolsView>,
    from: number,
    to: number,
    host: string,
    hasScheme: boolean,
    authorityFrom = from,
  ): ContactMatch[] => {
    if (isAllowedDomain(host, options)) return [];
    const link = view.text.slice(from, to);
    const absolute = hasScheme ? link : `https://${link}`;
    const path = absolute.replace(/^[a-z]{2,5}:\/\/[^/?#]{1,253}/i, '');
    if (isServiceHelpPage(host, path)) return [];
    const known = findKnownHost(host, path, extraHosts);
    const whole = matchFromView(view, from, to, {
      kind: known?.kind ?? 'url',
      value: absolute.replace(/^(https?:\/\/)([^/?#]{1,253})/i, (_, scheme: string, hostPart: string) => `${scheme.toLowerCase()}${hostPart.toLowerCase()}`),
      ...(known ? { platform: known.platform } : {}),
      confidence: hasScheme ? 0.95 : 0.85,
    });
    if (known) return known.kind === 'social' ? withChatNumber(view, whole, from, link) : [whole];
    const inner: ContactMatch[] = [];
    const authorityEnd = authorityFrom - from + link.slice(authorityFrom - from).search(/[/?#]|$/);
    for (let at = link.indexOf('@'); at > 0; at = link.indexOf('@', at + 1)) {
      // Anchored on "@" and read outwards, so a long link costs one pass.
      let local = at;
      while (local > 0 && at - local < 64 && /[\p{L}\d._%+-]/u.test(link[local - 1]!)) local -= 1;
      INNER_DOMAIN.lastIndex = at + 1;
      const domain = INNER_DOMAIN.exec(link);
      // In the user part only when it is all of it ("ana@", not the password of "user:pass@").
      const inAuthority = at < authorityEnd;
      if (!domain || local === at || (inAuthority && local !== authorityFrom - from) || !TOP_LEVEL_DOMAINS.has(domain[1]!.toLowerCase())) continue;
      if (isAllowedDomain(domain[0], options)) continue;
      const end = from + at + 1 + domain[0].length;
      inner.push(matchFromView(view, inAuthority ? from : from + local, end, { kind: 'email', value: link.slice(local, end - from).toLowerCase(), confidence: 0.9 }));
    }
    for (const found of link.matchAll(INNER_PHONE)) {
      const digits = found[2]!.replace(/^%2B/i, '').replace(/\D/g, '');
      if (!PHONE_KEY.test(found[1]!) || digits.length < 8 || digits.length > 15) continue;
      const start = from + found.index + found[0].length - found[2]!.length;
      const plus = /^(?:\+|%2B)/i.test(found[2]!) ? '+' : '';
      inner.push(matchFromView(view, start, start + found[2]!.length, { kind: 'phone', value: plus + digits, confidence: 0.8 }));
    }
    for (const found of link.matchAll(INNER_HANDLE)) {
      const platform = platformNamed(found[1]!);
      if (!platform) continue;
      const start = from + found.index + found[0].length - found[2]!.length;
      inner.push(matchFromView(view, start, start + found[2]!.length, { kind: 'social', platform, value: found[2]!.replace(/^@/, ''), confidence: 0.8 }));
    }
    if (inner.length === 0) return [whole];
    // The link up to the first detail stays a link finding (a detail in the user part takes the whole link).
    const first = Math.min(...inner.map((match) => match.start));
    return first > whole.start
      ? [{ ...whole, end: first, text: view.original.slice(whole.start, first) }, ...inner]
      : inner;
  };

  return {
    kinds: ['url', 'social', 'meeting', 'payment', 'email', 'phone'],
    scan(context) {
      const view = symbolsView(context);
      const text = view.text;
      const matches: ContactMatch[] = [];
      const links: Array<{ from: number; to: number }> = [];

      for (const start of text.matchAll(LINK_START)) {
        const previous = links[links.length - 1];
        if (previous && start.index < previous.to) continue;
        const schemeLength = start[0].includes('//') ? start[0].length : 0;
        // One sticky regex instead of a per-character loop: "www.www.www…" starts a scan every 4 chars.
        AUTHORITY.lastIndex = start.index + schemeLength;
        const hostEnd = start.index + schemeLength + (AUTHORITY.exec(text)?.[0].length ?? 0);
        // "user:pass@example.com:8080": credentials before "@", a port after ":".
        const authority = text.slice(start.index + schemeLength, hostEnd);
        const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d{0,12}$/, '').replace(/\.$/, '');
        const bareHost = host.replace(/^www\d{0,3}\./i, '');
        if (!/^[\p{L}\d]/u.test(host) || !/\.(?:\p{L}{2,24}|xn--[a-z\d-]{1,59})$|^[\d.]{7,15}$/iu.test(bareHost)) continue;
        const end = findLinkEnd(text, start.index + schemeLength + authority.replace(/[.:]$/, '').length);
        links.push({ from: start.index, to: end });
        matches.push(...toMatch(view, start.index, end, host.toLowerCase(), schemeLength > 0, start.index + schemeLength));
      }

      let nextLink = 0;
      let coveredUpTo = 0;
      for (const anchor of text.matchAll(TLD_ANCHOR)) {
        while (nextLink < links.length && links[nextLink]!.to <= anchor.index) nextLink += 1;
        const link = links[nextLink];
        if (anchor.index < coveredUpTo || (link && link.from <= anchor.index)) continue;
        const tld = anchor[1]!.toLowerCase();
        if (!TOP_LEVEL_DOMAINS.has(tld) || !LABEL_CHAR.test(text[anchor.index - 1] ?? ' ')) continue;
        let hostStart = anchor.index;
        // A Latin TLD takes Latin labels: "QQ邮箱就是号码后面加qq.com" names "qq.com".
        const hostChar = /^[a-z]+$/.test(tld) ? LATIN_HOST_CHAR : HOST_CHAR;
        while (hostStart > 0 && anchor.index - hostStart < MAX_HOST && hostChar.test(text[hostStart - 1]!)) hostStart -= 1;
        while (hostStart < anchor.index && /[.-]/.test(text[hostStart]!)) hostStart += 1;
        // Part of an email address, a path, "scheme:" or a longer word-with-symbols: not a bare domain.
        // A colon after Chinese or Japanese text is a label's ("作品集：xiaomei-design.cn", folded to ":").
        const before = text[hostStart - 1] ?? '';
        if (/[@/\\_]/.test(before) || (before === ':' && /[a-z\d]/i.test(text[hostStart - 2] ?? ''))) continue;
        let hostEnd = anchor.index + anchor[0].length;
        // Keep extending over ".uk" in "co.uk" and similar.
        while (true) {
          const next = /^\.(\p{L}{2,24})(?![\p{L}\d-])/u.exec(text.slice(hostEnd, hostEnd + 26));
          if (!next || !TOP_LEVEL_DOMAINS.has(next[1]!.toLowerCase())) break;
          hostEnd += next[0].length;
        }
        const host = text.slice(hostStart, hostEnd);
        const lastLabel = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
        const end = findLinkEnd(text, hostEnd);
        coveredUpTo = end;
        if (link && end > link.from) continue;
        // "sonaliart dot in": a dot said as a word is a domain whatever its TLD looks like.
        const spelledDot = view.isRewritten(anchor.index, anchor.index + 1);
        if (!spelledDot && !isPlausibleBareDomain(host, lastLabel, end > hostEnd, text[hostEnd] ?? '')) continue;
        // "gmail.com", "web.de": a mail provider's own domain is not somebody's site.
        if (end === hostEnd && isMailProviderDomain(host.toLowerCase())) continue;
        matches.push(...toMatch(view, hostStart, end, host.toLowerCase(), false));
      }
      return matches;
    },
  };
};

// Technology names written like domains ("ASP.NET", "Socket.io"): Node.js and friends are file extensions already.
const TECH_NAMES = new Set(['asp.net', 'vb.net', 'ado.net', 'dot.net', 'f.net', 'ml.net', 'socket.io', 'plot.ly', 'fly.io']);
const SENTENCE_WORDS = new Set([
  'an', 'the', 'my', 'your', 'our', 'on', 'in', 'at', 'to', 'of', 'for', 'by', 'and', 'or', 'so', 'is', 'it', 'yes',
  'no', 'thanks', 'you', 'we', 'us', 'be', 'do', 'go', 'up', 'all',
]);

const MAIL_DOMAINS: ReadonlySet<string> = new Set(Object.values(MAIL_PROVIDERS));

function isMailProviderDomain(host: string): boolean {
  // "smtp.gmail.com", "mail.yahoo.co.jp": the provider's servers too. Names that are everyday
  // words as well ("web.de", "me.com") stay links: they are sites too.
  return MAIL_DOMAINS.has(host) || host.split('.').some((label) => Object.hasOwn(MAIL_PROVIDERS, label));
}

/** Bare domains need more care than links: "message.it" and "index.ts" are not links. */
function isPlausibleBareDomain(host: string, tld: string, hasPath: boolean, after: string): boolean {
  const labels = host.split('.');
  if (labels.some((label) => label.length === 0 || label.length > 63)) return false;
  // "setup.py", "notes.md", "logo.ai": a file name, unless a path makes it a link.
  if (FILE_EXTENSIONS.has(tld) && !hasPath) return false;
  if (/[\p{L}\d]/u.test(after)) return false;
  if (TECH_NAMES.has(host.toLowerCase()) && !hasPath) return false;
  // "hello.world", "on.net": a sentence missing its space, the first word a common one.
  if (labels.length === 2 && SENTENCE_WORDS.has(labels[0]!.toLowerCase()) && !hasPath) return false;
  if (!WORD_LIKE_TLDS.has(tld)) return true;
  // "pedido.cliente.email": a field at the end of a dotted path in code, however long the path.
  if (tld === 'email' && !hasPath) return false;
  // "wa.me/…", "my-site.it", "shop2.io": a path, a digit or a hyphen says "domain", not "sentence".
  const secondLevel = labels[labels.length - 2]!;
  const isAllCaps = host === host.toUpperCase();
  // A long lower-case name ("yousefphoto.me", "pedrovasconcelos.art") is rarely a sentence's last word.
  const isLongName = secondLevel.length >= 10 && host === host.toLowerCase();
  return hasPath || /[\d-]/.test(secondLevel) || labels.length > 2 || isLongName || (isAllCaps && secondLevel.length > 3 && tld.length > 2);
}
