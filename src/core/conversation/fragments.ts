import { codePointCut } from '../text/codePointCut.js';
import { isSpelledPiece } from './spelledPiece.js';

/**
 * A message that holds a piece of a detail rather than a sentence: short, with a digit or an
 * address character in it and at most a few words ("0917", "my cell is 646", "GB29NWBK6016",
 * "ana.kova", "acct no. 0012"), or one long token ("TLkzWDZgxcpzJxK", a wallet's first half).
 * Codes in capitals ("IBAN", "NWBK", "IFSC") are not words.
 */
const MAX_FRAGMENT_LENGTH = 40;
const MAX_FRAGMENT_WORDS = 3;
const MIN_TOKEN_FRAGMENT = 8;
const DETAIL_CHARACTER = /[\p{Nd}@._+$#]/u;
// A word stands alone between spaces: "ana.kova" and "GB29" are pieces, "IBAN" is a code.
const WORD = /(?<!\S)(?!\p{Lu}+[,:;!?]?(?!\S))\p{L}{2,}[,:;!?]?(?!\S)/gu;
// A wallet's or an IBAN's piece: Latin letters and digits in one token, mixed case inside ("TLkzWDZgxcpzJxK").
const CODE_TOKEN = /^[A-Za-z\d]?[a-z\d]*[A-Z][A-Za-z\d]*$/;
/** "second part", "and", "ok?": a short message between the pieces that is not one of them. */
const MAX_CONNECTOR_LENGTH = 30;

export function isFragment(message: string): boolean {
  if (message.length === 0 || message.length > MAX_FRAGMENT_LENGTH) return false;
  if (!DETAIL_CHARACTER.test(message)) return (message.length >= MIN_TOKEN_FRAGMENT && CODE_TOKEN.test(message)) || isSpelledPiece(message);
  return (message.match(WORD)?.length ?? 0) <= MAX_FRAGMENT_WORDS;
}

/** The pieces that end the history (oldest first), and the message before them. */
export interface TrailingPieces {
  pieces: string[];
  lead: string | undefined;
  /**
   * The pieces read past a short remark before them ("call me later" + "I'm at work till 6" +
   * "98765" + "432"): the message before the remark leads them instead.
   */
  pastRemark?: { lead: string; pieces: string[] };
}

/**
 * The fragments that end the history, oldest first: the pieces the current message may complete.
 * A short connector between them is passed over; a message that ends with the start of a detail
 * ("…the IBAN is DE89 3704 0044") gives its tail as the first piece.
 */
export function trailingPieces(recent: readonly string[], maxPieces = 3, maxTail = 60): TrailingPieces {
  const pieces: string[] = [];
  let index = recent.length - 1;
  for (; index >= 0 && pieces.length < maxPieces; index -= 1) {
    const message = recent[index]!;
    if (isFragment(message)) pieces.unshift(message);
    else if (!(message.length <= MAX_CONNECTOR_LENGTH && index > 0 && isFragment(recent[index - 1]!))) break;
  }
  const lead = index >= 0 ? recent[index] : undefined;
  const remarked = lead !== undefined && index > 0 && pieces.length > 0 && lead.length <= MAX_REMARK_LENGTH ? recent[index - 1] : undefined;
  const pastRemark = remarked === undefined ? undefined : { lead: remarked.slice(codePointCut(remarked, Math.max(0, remarked.length - maxTail))), pieces };
  if (lead !== undefined && pieces.length < maxPieces && DETAIL_END.test(lead)) {
    return { pieces: [lead.slice(codePointCut(lead, Math.max(0, lead.length - maxTail))), ...pieces], lead: undefined, pastRemark };
  }
  return { pieces, lead, pastRemark };
}

/** "I'm at work till 6", "ok wait": a short remark between a cue and the pieces it announces. */
const MAX_REMARK_LENGTH = 32;

const DETAIL_END = /[\p{Nd}@._-]$/u;

/** One way of reading the pieces as a single text: where the pieces and the current message start in it. */
export interface GluedView {
  text: string;
  /** Where the pieces start: a detail begins in them, not in the lead that names them. */
  from: number;
  offset: number;
}

/**
 * The pieces joined as they were meant: with a space ("+7 916" + "123-45-67") and, where the
 * break falls inside a token, tight ("TKfcYH8a" + "qJFnTAR…", "ana.kova" + "@gmail.com"). The
 * message before the pieces (`lead`) comes first: it says what the pieces are ("tracking:",
 * "IBAN") without being glued into them. A lead that leaves its sentence open is read with
 * what follows ("send the deposit to" + "ana@mail.co", "pay me here:" + "0917" + "555 0123").
 */
export function glueViews(lead: string | undefined, pieces: readonly string[], current: string): GluedView[] {
  const open = lead !== undefined && (OPEN_END.test(lead) || (pieces.length === 0 && !SENTENCE_END.test(lead)));
  const head = lead === undefined ? '' : `${lead}${open ? ' ' : '\n'}`;
  const spaced = head + [...pieces, ''].join(' ');
  let tight = '';
  for (const piece of pieces) tight += tight.length > 0 && !joinsTight(tight, piece) ? ` ${piece}` : piece;
  tight = head + tight + (pieces.length === 0 || joinsTight(tight, current) ? '' : ' ');
  const views = [{ text: spaced + current, from: head.length, offset: spaced.length }];
  if (tight !== spaced) views.push({ text: tight + current, from: head.length, offset: tight.length });
  return views;
}

const SENTENCE_END = /[.!?。！？؟।]\s*$|\p{Extended_Pictographic}\s*$/u;
const OPEN_END = /[:：]\s*$/u;
const TOKEN_END = /[\p{L}\p{Nd}._@-]$/u;
const TOKEN_START = /^[\p{L}\p{Nd}._@-]/u;
/** The longest digit group a cut inside a number leaves whole (phone groups have 2 to 4 digits). */
const MAX_GROUP = 4;
const DIGITS_END = /(?:^|\s)\p{Nd}+$/u;
const DIGITS_START = /^\p{Nd}+(?:\s|$)/u;
const DOTTED_END = /\p{Nd}[.:]\p{Nd}+$/u;
const DOTTED_START = /^\p{Nd}+[.:]\p{Nd}/u;
const DIGIT_END = /\p{Nd}$/u;
const DIGIT_START = /^\p{Nd}/u;

function joinsTight(left: string, right: string): boolean {
  if (!TOKEN_END.test(left) || !TOKEN_START.test(right)) return false;
  // Digits on both sides: a group cut in two ("0920 88" + "1 2345") is short once whole; glued
  // tight, longer groups would make one long number of a list ("101", "102", "204").
  // A dotted or timed group ("14.03" + "17.00-18.30"): a date, a time or a price, read with a space.
  if (DOTTED_END.test(left) && DIGIT_START.test(right)) return false;
  if (DOTTED_START.test(right) && DIGIT_END.test(left)) return false;
  const end = DIGITS_END.exec(left)?.[0].trim();
  const start = DIGITS_START.exec(right)?.[0].trim();
  return end === undefined || start === undefined || end.length + start.length <= MAX_GROUP;
}
