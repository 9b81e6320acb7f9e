import { codePointCut } from '../text/codePointCut.js';
import { resolveOverlaps } from '../resolveOverlaps.js';
import type { ContactKind, ContactMatch, Detector } from '../types.js';
import { loneHandle } from './bareHandle.js';
import { handleAfterName } from './handleAfterName.js';
import { providerAfterHandle } from './providerAfterHandle.js';
import { reportedKinds } from './detectorKinds.js';
import { glueViews, trailingPieces, type GluedView } from './fragments.js';
import { recentMessages } from './recentMessages.js';
import { isNumberWord } from './spelledPiece.js';

/** How many of the author's messages before the pieces can set up the kind of a detail. */
const CONTEXT_MESSAGES = 2;
/** Pieces glued before the current message: a detail may come a piece a message ("DE89", "3704", …). */
const MAX_PIECES = 12;
/** The current message is glued to the pieces before it only when it is short itself. */
const MAX_GLUED_MESSAGE = 60;
/** How much of the message before the pieces is read with them ("…tracking:", "IBAN"). */
const MAX_LEAD = 60;
/** A split number ends the message, or nearly: "11 000 и сами забираете" is a price, not the rest of a number. */
const MAX_LETTERS_AFTER_SPLIT = 12;
/** Digits of an account number given after a payment was set up (a Japanese account has 7). */
const MIN_ACCOUNT_DIGITS = 7;
/** Letters in the piece of a handle that completes it here ("_berlin", not "3.5"). */
const MIN_HANDLE_LETTERS = 3;
// A run of digits in any script with single spaces, dots or hyphens between them.
const DIGIT_RUN = /\p{Nd}(?:\p{Nd}|[ .-](?=\p{Nd})){6,40}/gu;
const WORD_CHARACTER = /[\p{L}\p{Nd}]/u;
const DIGIT = /\p{Nd}/u;
const ADDRESS_CHARACTER = /[\p{Nd}@._-]/u;
const LETTER = /\p{L}/gu;
const WORDS = /\p{L}{2,}/gu;
/** Words around a detail that an earlier message makes a payment: "ok here it is:", "that's my number". */
const MAX_WORDS_AROUND = 4;
const NUMERIC = /^[\p{Nd}\s+().-]*$/u;
/** Words before a detail that still continue an open lead ("to", "it's", "here"). */
const MAX_WORDS_CONTINUING = 1;

const DETAIL_KINDS: ReadonlySet<ContactKind> = new Set(['email', 'phone', 'social']);

/**
 * The findings of `text` read with the author's earlier messages: details split over messages
 * (crossing findings, clipped to `text`), and the kind that earlier messages give a detail (a
 * number after "send the rest to my GCash" is a payment; "olga_repetitor" after "write me on
 * Telegram" is a handle). `own` are the findings of `text` alone.
 */
export function readAcrossMessages(detector: Detector, text: string, history: readonly string[], own: ContactMatch[]): ContactMatch[] {
  const recent = recentMessages(history);
  if (recent.length === 0 || text.trim().length === 0) return own;
  const earlier = recent.join('\n');
  const { pieces, lead, pastRemark } = trailingPieces(recent, MAX_PIECES, MAX_LEAD);
  const glued =
    text.length <= MAX_GLUED_MESSAGE && (pieces.length > 0 || lead !== undefined)
      ? [
          ...glueViews(lead?.slice(codePointCut(lead, Math.max(0, lead.length - MAX_LEAD))), pieces, text),
          ...(pastRemark ? glueViews(pastRemark.lead, pastRemark.pieces, text) : []),
        ]
      : [];
  const lined: GluedView = { text: `${earlier}\n${text}`, from: 0, offset: earlier.length + 1 };
  // Only the message before the pieces (or the last two) set up what a detail is for.
  const context = recent.slice(-(pieces.length + CONTEXT_MESSAGES));
  const contextFrom = earlier.length + 1 - context.reduce((length, message) => length + message.length + 1, 0);

  const crossing: ContactMatch[] = [];
  // Payment instruments that an earlier message makes of a detail here ("send the deposit to" + an email).
  const paidHere: ContactMatch[] = [];
  // What the glued pieces read over this message: a number the pieces explain ("tracking:" +
  // "1Z999AA1" + "0123456784") is not a phone of its own.
  const gluedHere: ContactMatch[] = [];
  let paidBefore = false;
  let channelBefore = false;
  for (const view of [lined, ...glued]) {
    const isLined = view === lined;
    const numbersGlued = isLined && pieces.length > 0;
    for (const match of detector.detect(view.text)) {
      if (match.end <= view.offset) {
        if (isLined && match.start >= contextFrom) {
          paidBefore ||= match.kind === 'payment';
          channelBefore ||= match.kind === 'social' || match.kind === 'intent';
        }
        continue;
      }
      const here = shift(match, view.offset);
      if (!isLined) gluedHere.push(here);
      if (match.start >= view.offset) {
        if (match.kind === 'payment' && match.detailKind && (isLined || pieces.length > 0 || continuesLead(text, here.start))) paidHere.push(here);
      } else if (completesSplit(match, view, text, isLined, numbersGlued) && !(match.kind === 'phone' && saidInSentences(isLined ? linesOf(view.text, match) : [...pieces, text]))) {
        crossing.push(here);
      }
    }
  }
  const explained = pieces.length === 0 ? own : own.filter((match) => !NUMERIC.test(match.text) || gluedHere.some((read) => overlaps(read, match)));
  let merged = crossing.length === 0 ? explained : clip(resolveOverlaps([...crossing, ...explained]), text);
  merged = merged.map((match) => (paidHere.some((paid) => overlaps(paid, match)) ? asPayment(match) : match));
  const kinds = reportedKinds(detector);
  // A message that asks for contact itself ("call me: …", "ruf mich an") gives a contact detail.
  const asksContact = own.some((match) => match.kind === 'intent');
  const paying = kinds.has('payment') && !asksContact && paidBefore;
  if (paying || channelBefore) merged = withLoneHandle(merged, text, paying ? 'payment' : kinds.has('social') ? 'social' : undefined);
  // Nothing but an invitation or a link-like name ("priya.art.studio") here: a handle named before?
  if (merged.every((match) => match.kind === 'intent' || match.kind === 'url')) {
    const named = handleAfterName(detector, text, pieces.at(-1), context.slice(0, context.length - pieces.length));
    if (named) merged = [...merged.filter((match) => !overlaps(match, named)), named];
  }
  if (kinds.has('email') && !merged.some((match) => match.kind === 'email' || match.kind === 'payment')) {
    const mailbox = providerAfterHandle(text, pieces.at(-1));
    if (mailbox) merged = [...merged.filter((match) => !overlaps(match, mailbox)), mailbox];
  }
  if (!paying) return merged;
  const read = merged.map((match) => (isTheMessage(match, text) ? asPayment(match) : match));
  return read.some((match) => match.kind === 'payment') ? read : withAccountNumber(read, text, pieces.length > 0 ? glued : [lined]);
}

/**
 * A finding that starts in earlier messages completes a detail split over them: it starts in the
 * pieces (not in the message that names them), at a token's start; a number ends the message or
 * nearly ("11 000 и сами забираете" is a price, not the rest of "12000"), and its end here holds a
 * digit. Line by line, numbers are left to the glued pieces when there are some.
 */
function completesSplit(match: ContactMatch, view: GluedView, text: string, isLined: boolean, numbersGlued: boolean): boolean {
  // The lead is one message as typed: a finding may start mid-token there ("お試しはzoomで", "用腾讯会议").
  if ((isLined || match.start >= view.from) && !startsAToken(view.text, match.start)) return false;
  const here = text.slice(0, match.end - view.offset);
  // A finding that takes in the lead's cue ("venmo is" + "@nadia" + "-k-designs", "zoom" + "ID 812 339"
  // + "4470") takes in the pieces too, and reads a detail's piece here, not a word of a sentence.
  if (match.start < view.from && (isLined || view.from === view.offset || !ADDRESS_CHARACTER.test(here)) && !isAccountAfterBank(match, view, here)) return false;
  // A handle holds letters: "Instagram" + "3.5" or "x1080" is a size, not a handle.
  if (match.kind === 'social' && (lastToken(match.text).match(LETTER)?.length ?? 0) < MIN_HANDLE_LETTERS) return false;
  const numeric = NUMERIC.test(match.text) || match.kind === 'phone' || match.kind === 'meeting';
  if (numeric && (numbersGlued || !(match.obfuscated || DIGIT.test(here)))) return false;
  // Line by line, a handle's end holds an address character ("rob.vintage" + "_milano con l'underscore");
  // an address spelled with at and dot words ("jonas punkt berger" + "bei gmx punkt de") holds none.
  if (isLined && !numeric) return ADDRESS_CHARACTER.test(here) || (match.kind === 'email' && match.obfuscated);
  // A meeting ID is named by its cue, not read from a bare number: a remark may follow it ("3385 and the passcode is lemon42").
  if (match.kind === 'meeting') return true;
  return (text.slice(match.end - view.offset).match(LETTER)?.length ?? 0) <= MAX_LETTERS_AFTER_SPLIT;
}

/**
 * A bank named in the message before, the account number alone here ("三菱UFJ 普通" + "1234567"):
 * the payment read over both is this number's.
 */
function isAccountAfterBank(match: ContactMatch, view: GluedView, here: string): boolean {
  return match.kind === 'payment' && view.from === view.offset && NUMERIC.test(here) && countDigits(here) >= MIN_ACCOUNT_DIGITS;
}

/**
 * A message glued to an open lead continues it only when the detail comes first, or nearly
 * ("send the deposit to" + "ana@mail.co"): "Thanks for the transfer via the site" + "my number
 * 0612…" is a new sentence, and the earlier paying words are not about this detail.
 */
function continuesLead(text: string, start: number): boolean {
  return (text.slice(0, start).match(WORDS)?.length ?? 0) <= MAX_WORDS_CONTINUING;
}

/** The detail is most of the message ("0917 555 0123", "here: ana@mail.co"), not a remark in a sentence about something else. */
function isTheMessage(match: Pick<ContactMatch, 'start' | 'end' | 'text'>, text: string): boolean {
  if (match.text.includes('/')) return false;
  const rest = text.slice(0, match.start) + ' ' + text.slice(match.end);
  return (rest.match(WORDS)?.length ?? 0) <= MAX_WORDS_AROUND;
}

function shift(match: ContactMatch, offset: number): ContactMatch {
  return { ...match, start: match.start - offset, end: match.end - offset };
}

function overlaps(a: ContactMatch, b: ContactMatch): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A detail used to receive money, reported as a payment with the detail's own kind kept. */
function asPayment(match: ContactMatch): ContactMatch {
  return DETAIL_KINDS.has(match.kind) ? { ...match, kind: 'payment', detailKind: match.kind } : match;
}

/** The message is a lone handle after a channel or a payment was named: report it. */
function withLoneHandle(matches: ContactMatch[], text: string, kind: ContactKind | undefined): ContactMatch[] {
  const handle = kind && matches.length === 0 ? loneHandle(text) : undefined;
  if (!kind || !handle) return matches;
  const found: ContactMatch = { kind, start: handle.start, end: handle.end, text: text.slice(handle.start, handle.end), obfuscated: false, confidence: 0.6 };
  return [kind === 'payment' ? { ...found, detailKind: 'social' } : found];
}

/**
 * An account number completed in this message after a payment was set up ("na konto" + "6110
 * 9010 1400 0007" + "1219 8128 74"), in any numbering the payment recognizer has no format for.
 */
function withAccountNumber(matches: ContactMatch[], text: string, views: readonly GluedView[]): ContactMatch[] {
  for (const view of views) {
    DIGIT_RUN.lastIndex = 0;
    for (let run = DIGIT_RUN.exec(view.text); run; run = DIGIT_RUN.exec(view.text)) {
      const end = run.index + run[0].length;
      if (end <= view.offset || countDigits(run[0]) < MIN_ACCOUNT_DIGITS) continue;
      const start = Math.max(0, run.index - view.offset);
      if (!isTheMessage({ start, end: end - view.offset, text: run[0] }, text)) continue;
      const found: ContactMatch = { kind: 'payment', start, end: end - view.offset, text: text.slice(start, end - view.offset), obfuscated: false, confidence: 0.6 };
      return resolveOverlaps([found, ...matches]);
    }
  }
  return matches;
}

/**
 * Numbers said in sentences, a message each ("price was 450" / "then 420" / "then 380"), are prices
 * haggled over: a number split over messages comes in bare pieces after at most one lead-in (a remark
 * after a piece is no lead-in: "my number is 917" / "442" / "0188 call me").
 * Number words are pieces too: "nine 1 7" / "four four two" / "一五六".
 */
function saidInSentences(messages: readonly string[]): boolean {
  const saysFirst = (message: string) => {
    const digit = message.search(DIGIT);
    return digit > 0 && (message.slice(0, digit).match(WORDS) ?? []).some((word) => !isNumberWord(word.toLowerCase()));
  };
  return messages.filter(saysFirst).length >= 2;
}

/** The whole lines of `text` that a finding spans. */
function linesOf(text: string, match: ContactMatch): string[] {
  const from = text.lastIndexOf('\n', match.start) + 1;
  const end = text.indexOf('\n', match.end);
  return text.slice(from, end === -1 ? text.length : end).split('\n');
}

function countDigits(run: string): number {
  return run.match(/\p{Nd}/gu)?.length ?? 0;
}

function lastToken(text: string): string {
  return text.slice(Math.max(text.lastIndexOf(' '), text.lastIndexOf('\n'), text.lastIndexOf('\t')) + 1);
}

/** Gluing made no new token: "1Z999AA1" + "0123456784" does not hold the number "10123456784". */
function startsAToken(view: string, start: number): boolean {
  return start === 0 || !WORD_CHARACTER.test(view[start - 1]!);
}

/**
 * A crossing finding competes with the current text's own findings at its full length (so
 * "ana.bauer@" + "gmail.com" is an email, not a link to gmail.com), then is clipped to the text.
 */
function clip(matches: ContactMatch[], text: string): ContactMatch[] {
  return matches.map((match) => (match.start < 0 ? { ...match, start: 0, text: text.slice(0, match.end) } : match));
}
