import type { ContactKind, ContactMatch, Detector } from '../types.js';
import { loneHandle } from './bareHandle.js';

const REPORTED: ReadonlySet<ContactKind> = new Set(['social', 'email', 'payment']);
/** The rest of a handle whose start was the message before: "_no_mise_osaka", "-k-designs". */
const HANDLE_END = /^[\p{L}\p{Nd}._-]+$/u;
/** A short message that gives a handle in a few words: "it's ana_kova", "nama akunnya rina.craft". */
const MAX_MESSAGE = 48;
const LETTER = /\p{L}/gu;
/** "v2.0" is a version, "ana_kova" a handle. */
const MIN_LETTERS = 3;
const HANDLE_TOKEN = /(?<![\p{L}\p{Nd}])@?\p{L}[\p{L}\p{Nd}]*(?:[._-][\p{L}\p{Nd}]+)+|@\p{L}[\p{L}\p{Nd}]{2,}/u;

/**
 * A handle sent a message or two after the app, provider or wallet was named ("dosyaları
 * telegramdan atayım" … "emre_tasarim_ist", "add me on telegram" + "it's ana_kova", "インスタやって
 * ます" + "@furugi" + "_no_mise_osaka"): each of those messages is read by the detector with this
 * one right after it, so every name, nickname and inflection the detector knows counts, in every
 * language, and a detector narrowed to some kinds reports only those. A handle may complete the
 * piece before it. The finding is clipped to this message.
 */
export function handleAfterName(detector: Detector, text: string, lastPiece: string | undefined, namers: readonly string[]): ContactMatch | undefined {
  const own = text.trim();
  if (own.length > MAX_MESSAGE) return undefined;
  const completes = lastPiece !== undefined && HANDLE_END.test(own) && loneHandle(lastPiece + own) !== undefined;
  if (!completes && !loneHandle(own) && (HANDLE_TOKEN.exec(own)?.[0].match(LETTER)?.length ?? 0) < MIN_LETTERS) return undefined;
  const whole = completes ? lastPiece + own : own;
  const start = text.indexOf(own);
  for (let index = namers.length - 1; index >= 0; index -= 1) {
    const probe = `${namers[index]!} `;
    // Where this message starts in the probe: a finding must reach into it.
    const from = probe.length + whole.length - own.length;
    const read = detector.detect(probe + whole).find((match) => match.end > from && REPORTED.has(match.kind));
    if (!read) continue;
    const at = Math.max(start, read.start - from + start);
    const end = read.end - from + start;
    const found: ContactMatch = { kind: read.kind, start: at, end, text: text.slice(at, end), obfuscated: read.obfuscated, confidence: 0.6 };
    return read.kind === 'payment' ? { ...found, detailKind: read.detailKind ?? 'social' } : found;
  }
  return undefined;
}
