import { createDetector } from './createDetector.js';
import { describe } from './describeValue.js';
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
    throw new TypeError(`detectContactInfo: expected the message text as a string, got ${describe(text)}`);
  }
  if (!options) {
    defaultDetector ??= createDetector();
    return defaultDetector.detect(text);
  }
  let detector = detectors.get(options);
  if (!detector) {
    detector = createDetector(options);
    detectors.set(options, detector);
  }
  return detector.detect(text);
}
