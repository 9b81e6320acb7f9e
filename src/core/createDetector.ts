import { buildDetector } from './composeDetector.js';
import type { RecognizerFactory } from './recognizer.js';
import { createEmailRecognizer } from './recognizers/emailRecognizer.js';
import { createIntentRecognizer } from './recognizers/intentRecognizer.js';
import { createMeetingRecognizer } from './recognizers/meetingRecognizer.js';
import { createPaymentRecognizer } from './recognizers/paymentRecognizer.js';
import { createPhoneRecognizer } from './recognizers/phoneRecognizer.js';
import { createSocialRecognizer } from './recognizers/socialRecognizer.js';
import { createUrlRecognizer } from './recognizers/urlRecognizer.js';
import type { Detector, DetectorOptions } from './types.js';

/** Every kind the library knows, in the order their findings are gathered. */
export const DEFAULT_RECOGNIZERS: readonly RecognizerFactory[] = [
  createEmailRecognizer,
  createPhoneRecognizer,
  createUrlRecognizer,
  createSocialRecognizer,
  createMeetingRecognizer,
  createPaymentRecognizer,
  createIntentRecognizer,
];

/**
 * A detector for every kind (narrow it with `options.kinds`, or leave kinds out of the bundle with `composeDetector`).
 *
 * @example
 * ```ts
 * const detector = createDetector({ defaultCountry: 'NL', allowDomains: ['yourmarket.example'] });
 * detector.detect('text me on 0612 345 678');
 * // [{ kind: 'intent', start: 0, end: 7, text: 'text me', ... },
 * //  { kind: 'phone', start: 11, end: 23, text: '0612 345 678', value: '+31612345678', ... }]
 * ```
 *
 * @group Detection
 */
export function createDetector(options?: DetectorOptions): Detector {
  return buildDetector(DEFAULT_RECOGNIZERS, options, 'createDetector');
}
