import type { ContactMatch, Detector } from '../types.js';
import { loneHandle } from './bareHandle.js';

const REPORTED = new Set(['social', 'email', 'payment']);
/** The rest of a handle whose start was the message before: "_no_mise_osaka", "-k-designs". */
const HANDLE_END = /^[\p{L}\p{Nd}._-]+$/u;

/**
 * A lone handle sent a message or two after the platform, provider or wallet was named
 * ("dosyaları telegramdan atayım" … "emre_tasarim_ist", "インスタやってます" + "@furugi" +
 * "_no_mise_osaka"): each of those messages is read by the detector with the handle right after
 * it, so every name, nickname and inflection the detector knows counts, in every language, and a
 * detector narrowed to some kinds reports only those. The handle may complete the piece before it.
 */
export function handleAfterName(detector: Detector, text: string, lastPiece: string | undefined, namers: readonly string[]): ContactMatch | undefined {
  const own = text.trim();
  const whole = lastPiece !== undefined && HANDLE_END.test(own) && loneHandle(lastPiece + own) ? lastPiece + own : own;
  if (whole === own && !loneHandle(own)) return undefined;
  const handle = { start: text.indexOf(own), end: text.indexOf(own) + own.length };
  for (let index = namers.length - 1; index >= 0; index -= 1) {
    const probe = `${namers[index]!} `;
    const read = detector.detect(probe + whole).find((match) => match.end > probe.length && REPORTED.has(match.kind));
    if (!read) continue;
    const found: ContactMatch = { kind: read.kind, start: handle.start, end: handle.end, text: own, obfuscated: false, confidence: 0.6 };
    return read.kind === 'payment' ? { ...found, detailKind: read.detailKind ?? 'social' } : found;
  }
  return undefined;
}
