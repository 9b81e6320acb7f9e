import { MAIL_LABELS_WITH_TLD, MAIL_PROVIDERS, PROVIDER_SPELLINGS } from '../lexicon/mailProviders.js';
import { FILE_EXTENSIONS } from '../text/fileExtensions.js';
import { TOP_LEVEL_DOMAINS } from '../text/topLevelDomains.js';
import type { ContactMatch } from '../types.js';
import { loneHandle } from './bareHandle.js';

/** "yahoo nha", "ừ đúng r, gmail", "जीमेल पे है": the provider and a few short words, nothing more. */
const MAX_MESSAGE = 32;
const MAX_OTHER_WORDS = 3;
const MAX_OTHER_WORD = 8;
/** "gmailu", "yandexe", "hotmail'im": a case ending or a suffix after the provider's name. */
const MAX_ENDING = 3;
const LATIN_NAME = /[a-z\d][a-z\d-]*(?:\.[a-z]{2,6}){0,2}/giu;
const WORDS = /[\p{L}\p{M}]+/gu;
/** "o2 pl", "web de" end the message: "mail de trabajo", "live in Berlin" go on in words. */
const SPACED_TLD_ENDING = /^\s{1,2}([a-z]{2,3})[^\p{L}\p{Nd}]*$/iu;

/** Where a provider is named in the message, by name, name with its TLD, or spelling in another script. */
function providerSpan(text: string): { start: number; end: number } | undefined {
  for (const found of text.matchAll(LATIN_NAME)) {
    const [label, ...tld] = found[0].toLowerCase().split('.');
    const stem = [MAX_ENDING, 2, 1, 0].map((cut) => label!.slice(0, label!.length - cut)).find((name) => name.length >= 3 && Object.hasOwn(MAIL_PROVIDERS, name));
    const named = stem !== undefined && (stem === label || /^\p{L}+$/u.test(label!.slice(stem.length)));
    if (named || (tld.length > 0 && MAIL_LABELS_WITH_TLD.has(label!))) return { start: found.index, end: found.index + found[0].length };
    // "o2 pl", "web de": a label that needs its TLD, the TLD typed after a space at the message's end.
    const spaced = tld.length === 0 && MAIL_LABELS_WITH_TLD.has(label!) ? SPACED_TLD_ENDING.exec(text.slice(found.index + found[0].length)) : null;
    if (spaced && TOP_LEVEL_DOMAINS.has(spaced[1]!.toLowerCase())) return { start: found.index, end: found.index + found[0].length + spaced[0].length };
  }
  // "जी मेल" is typed "जीमेल" too.
  for (const spelling of PROVIDER_SPELLINGS.keys()) {
    for (const written of new Set([spelling, spelling.replaceAll(' ', '')])) {
      const at = text.indexOf(written);
      if (at !== -1) return { start: at, end: at + written.length };
    }
  }
  return undefined;
}

/**
 * A mail provider named on its own right after a lone username ("minhtuan.kt" + "yahoo nha",
 * "sanjay.design" + "जीमेल पे है"): the two messages are one address, whatever the username looks
 * like (a domain-like name is the mailbox, not a site, when a provider follows it alone).
 */
export function providerAfterHandle(text: string, lastPiece: string | undefined): ContactMatch | undefined {
  if (lastPiece === undefined || text.length > MAX_MESSAGE || !loneHandle(lastPiece) || isFileName(lastPiece)) return undefined;
  const provider = providerSpan(text);
  if (!provider) return undefined;
  // Only talk around the provider: "gmail 2 files" or "yahoo, 10am" say something else.
  const rest = text.slice(0, provider.start) + ' ' + text.slice(provider.end);
  const others = rest.match(WORDS) ?? [];
  if (/\p{Nd}/u.test(rest) || others.length > MAX_OTHER_WORDS || others.some((word) => word.length > MAX_OTHER_WORD)) return undefined;
  return { kind: 'email', start: provider.start, end: provider.end, text: text.slice(provider.start, provider.end), obfuscated: true, confidence: 0.6 };
}

/** "cv_2024.pdf" + "gmail ok" sends a file; a two-letter ending ("minhtuan.kt") is a name's part too. */
function isFileName(piece: string): boolean {
  const ending = piece.trim().toLowerCase().split('.').slice(1).at(-1);
  return ending !== undefined && ending.length >= 3 && FILE_EXTENSIONS.has(ending);
}
