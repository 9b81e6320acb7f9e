import { describe } from '../describeValue.js';
import { resolveOverlaps } from '../resolveOverlaps.js';
import type { ContactMatch, Detector } from '../types.js';
import { evaluatePolicy } from './evaluatePolicy.js';
import type { CheckMessageOptions, CheckMessageResult } from './policyTypes.js';
import { CONTRACT_STATES } from './policyTypes.js';

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
  return (text, options) => checkMessageWith(detector, text, options);
}

/**
 * Detects and evaluates one message (see `checkMessage`), with the detector given: its own
 * module, so that bundles which bring their own detector leave the default one out.
 */
export function checkMessageWith(detector: Detector, text: string, options: Omit<CheckMessageOptions, 'detector'>): CheckMessageResult {
  if (typeof text !== 'string') {
    throw new TypeError(`checkMessage: expected the message text as a string, got ${describe(text)}`);
  }
  // Validated here too, before any detection, so a server log names the function it called.
  if (!CONTRACT_STATES.includes(options?.contractState)) {
    throw new TypeError(
      `checkMessage: unknown contractState ${JSON.stringify(options?.contractState)}; use one of ${CONTRACT_STATES.join(', ')}`,
    );
  }
  if (options.history !== undefined && !Array.isArray(options.history as unknown)) {
    throw new TypeError(`checkMessage: expected history as an array of strings, got ${describe(options.history)}`);
  }
  const history = (options.history ?? []).filter((message): message is string => typeof message === 'string');
  let matches = detector.detect(text);
  if (history.length > 0 && text.length > 0) {
    const earlier = history.slice(-MAX_HISTORY_MESSAGES).join('\n').slice(-MAX_HISTORY_CHARACTERS);
    const offset = earlier.length + 1;
    const joined = detector.detect(`${earlier}\n${text}`);
    matches = mergeSplitMatches(matches, joined, offset, text);
  }
  return { ...evaluatePolicy(matches, options), matches };
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
  if (crossing.length === 0) return own;
  return resolveOverlaps([...crossing, ...own]).map((match) =>
    match.start < 0 ? { ...match, start: 0, text: text.slice(0, match.end) } : match,
  );
}
