import { describeValue } from '../describeValue.js';
import { COUNT, DEFAULT_MAX_LENGTH } from '../detectorOptions.js';
import { readAcrossMessages } from '../conversation/readAcrossMessages.js';
import type { Detector } from '../types.js';
import { type Check, is, STRINGS } from '../validate.js';
import { checkPolicyOptions, evaluateWith } from './evaluatePolicy.js';
import type { CheckMessageOptions, CheckMessageResult } from './policyTypes.js';

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
  const own = detector.detect(text);
  const matches = history.length > 0 ? readAcrossMessages(detector, text, history, own) : own;
  return { ...evaluateWith(fn, matches, options, policy), matches };
}
