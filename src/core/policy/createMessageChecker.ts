import { describeValue } from '../describeValue.js';
import { COUNT, DEFAULT_MAX_LENGTH } from '../detectorOptions.js';
import { resolveOverlaps } from '../resolveOverlaps.js';
import type { ContactMatch, Detector } from '../types.js';
import { type Check, is, STRINGS } from '../validate.js';
import { codePointCut } from '../text/codePointCut.js';
import { checkPolicyOptions, evaluateWith } from './evaluatePolicy.js';
import type { CheckMessageOptions, CheckMessageResult } from './policyTypes.js';

/** How much of the conversation is read back: enough for a number split over a few messages. */
const MAX_HISTORY_MESSAGES = 5;
const MAX_HISTORY_CHARACTERS = 500;

export type MessageChecker = (text: string, options: Omit<CheckMessageOptions, 'detector'>) => CheckMessageResult;

/**
 * `checkMessage` bound to one detector, without the default detector in the bundle: with
 * `composeDetector` it checks messages for the kinds a bundle names and nothing else.
 *
 * @example
 * ```ts
 * const check = createMessageChecker(composeDetector([createEmailRecognizer, createUrlRecognizer]));
 * check('see ana.dev', { contractState: 'none' }).decision; // 'warn'
 * ```
 *
 * @group Policy
 */
export function createMessageChecker(detector: Detector): MessageChecker {
  DETECTOR(detector, 'createMessageChecker: detector');
  return (text, options) => checkMessageWith(detector, text, options);
}

// Only what is used: a detector of the caller's own may carry other members.
const DETECTOR: Check = (detector, path) => {
  const { detect, maxLength } = (detector ?? {}) as Partial<Detector>;
  is('function')(detect, `${path}.detect`);
  if (maxLength !== undefined) COUNT(maxLength, `${path}.maxLength`);
};

/**
 * Detects and evaluates one message (see `checkMessage`), with the detector given: its own
 * module, so that bundles which bring their own detector leave the default one out.
 */
export function checkMessageWith(
  detector: Detector,
  text: string,
  options: Omit<CheckMessageOptions, 'detector'>,
  fn = 'checkMessage',
): CheckMessageResult {
  if (typeof text !== 'string') throw new TypeError(`${fn}: expected the message text as a string, got ${describeValue(text)}`);
  // Validated here, before any detection, so a server log names the function it called.
  const policy = checkPolicyOptions(fn, options, { history: STRINGS, detector: DETECTOR, maxLength: COUNT });
  const history = options.history ?? [];
  const maxLength = options.maxLength ?? detector.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) {
    // Never scanned: a long text would cost time on every check, and what was not read is not allowed.
    return { decision: 'block', violations: [], exceptions: [], matches: [], tooLong: { rule: 'too-long', length: text.length, maxLength } };
  }
  let matches = detector.detect(text);
  if (history.length > 0 && text.length > 0) {
    const recent = history.slice(-MAX_HISTORY_MESSAGES).join('\n');
    const earlier = recent.slice(codePointCut(recent, Math.max(0, recent.length - MAX_HISTORY_CHARACTERS)));
    const offset = earlier.length + 1;
    const joined = detector.detect(`${earlier}\n${text}`);
    matches = mergeSplitMatches(matches, joined, offset, text);
  }
  return { ...evaluateWith(fn, matches, options, policy), matches };
}

/**
 * Adds findings that only exist across messages. A crossing finding competes with the current
 * text's own findings at its full length (so "ana.bauer@" + "gmail.com" is an email, not a link
 * to gmail.com), then is clipped to the current text.
 */
function mergeSplitMatches(
  own: ContactMatch[],
  joined: readonly ContactMatch[],
  offset: number,
  text: string,
): ContactMatch[] {
  const crossing = joined
    .filter((match) => match.start < offset && match.end > offset)
    .map((match): ContactMatch => ({ ...match, start: match.start - offset, end: match.end - offset }));
  // A detail this message gives where an earlier one said to pay ("send the deposit by GCash",
  // then "0917 555 1234") is a payment address: the payment reading of the joined text wins.
  const paidTo = joined
    .filter((match) => match.start >= offset && match.kind === 'payment' && match.detailKind !== undefined)
    .map((match): ContactMatch => ({ ...match, start: match.start - offset, end: match.end - offset }))
    .filter((match) => own.some((mine) => mine.kind === match.detailKind && mine.start === match.start && mine.end === match.end));
  if (paidTo.length > 0) own = [...paidTo, ...own.filter((mine) => !paidTo.some((paid) => paid.start === mine.start && paid.end === mine.end))];
  if (crossing.length === 0) return own;
  return resolveOverlaps([...crossing, ...own]).map((match) =>
    match.start < 0 ? { ...match, start: 0, text: text.slice(0, match.end) } : match,
  );
}
