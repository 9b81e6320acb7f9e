import { buildDetector } from './composeDetector.js';
import { DEFAULT_RECOGNIZERS } from './createDetector.js';
import { describeValue } from './describeValue.js';
import type { ContactMatch, Detector, DetectorOptions } from './types.js';

// The one-shot form reuses one detector per options object, so calling it in a loop stays cheap.
const detectors = new WeakMap<DetectorOptions, Detector>();
let defaultDetector: Detector | undefined;

/**
 * One-shot detection. Prefer `createDetector` when options change rarely and texts often.
 *
 * @example
 * ```ts
 * detectContactInfo('mail ana (at) example (dot) com');
 * // [{ kind: 'email', text: 'ana (at) example (dot) com', value: 'ana@example.com', obfuscated: true, ... }]
 * ```
 *
 * @group Detection
 */
export function detectContactInfo(text: string, options?: DetectorOptions): ContactMatch[] {
  if (typeof text !== 'string') {
    throw new TypeError(`detectContactInfo: expected the message text as a string, got ${describeValue(text)}`);
  }
  if (options === undefined) {
    defaultDetector ??= buildDetector(DEFAULT_RECOGNIZERS, undefined, 'detectContactInfo');
    return defaultDetector.detect(text);
  }
  // Not an object ('strict', null): building throws a TypeError that names the option.
  let detector = typeof options === 'object' && options ? detectors.get(options) : undefined;
  if (!detector) {
    detector = buildDetector(DEFAULT_RECOGNIZERS, options, 'detectContactInfo');
    detectors.set(options, detector);
  }
  return detector.detect(text);
}
