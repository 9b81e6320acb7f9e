/**
 * A message that holds a piece of a detail rather than a sentence: short, with a digit or an
 * address character in it and at most a few words ("0917", "my cell is 646", "GB29NWBK6016",
 * "ana.kova", "acct no. 0012"), or one long token ("TLkzWDZgxcpzJxK", a wallet's first half).
 */
const MAX_FRAGMENT_LENGTH = 40;
const MAX_FRAGMENT_WORDS = 3;
const MIN_TOKEN_FRAGMENT = 8;
const DETAIL_CHARACTER = /[\p{Nd}@._+$#]/u;
const WORD = /\p{L}{2,}/gu;
const SPACE = /\s/u;

export function isFragment(message: string): boolean {
  if (message.length === 0 || message.length > MAX_FRAGMENT_LENGTH) return false;
  if (!DETAIL_CHARACTER.test(message)) return message.length >= MIN_TOKEN_FRAGMENT && !SPACE.test(message);
  return (message.match(WORD)?.length ?? 0) <= MAX_FRAGMENT_WORDS;
}

/** The fragments that end the history, oldest first: the pieces the current message may complete. */
export function trailingFragments(recent: readonly string[], max = 3): string[] {
  let from = recent.length;
  while (from > 0 && recent.length - from < max && isFragment(recent[from - 1]!)) from -= 1;
  return recent.slice(from);
}

/** One way of reading the pieces as a single text, and where the current message starts in it. */
export interface GluedView {
  text: string;
  offset: number;
}

/**
 * The pieces joined as they were meant: with a space ("+7 916" + "123-45-67") and, where the
 * break falls inside a token, tight ("TKfcYH8a" + "qJFnTAR…", "ana.kova" + "@gmail.com"). The
 * message before the pieces (`lead`) comes first: it says what the pieces are ("tracking:",
 * "IBAN") without being glued into them. Right before the message, a lead that leaves its
 * sentence open is read with it ("send the deposit to" + "ana@mail.co").
 */
export function glueViews(lead: string | undefined, pieces: readonly string[], current: string): GluedView[] {
  const head = lead === undefined ? '' : `${lead}${pieces.length > 0 || SENTENCE_END.test(lead) ? '\n' : ' '}`;
  const spaced = head + [...pieces, ''].join(' ');
  let tight = '';
  for (const piece of pieces) tight += tight.length > 0 && !joinsTight(tight, piece) ? ` ${piece}` : piece;
  tight = head + tight + (pieces.length === 0 || joinsTight(tight, current) ? '' : ' ');
  const views = [{ text: spaced + current, offset: spaced.length }];
  if (tight !== spaced) views.push({ text: tight + current, offset: tight.length });
  return views;
}

const SENTENCE_END = /[.!?。！？؟।]\s*$|\p{Extended_Pictographic}\s*$/u;
const TOKEN_END = /[\p{L}\p{Nd}._@-]$/u;
const TOKEN_START = /^[\p{L}\p{Nd}._@-]/u;

function joinsTight(left: string, right: string): boolean {
  return TOKEN_END.test(left) && TOKEN_START.test(right);
}
