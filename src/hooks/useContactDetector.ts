import { useMemo } from 'react';
import { createDetector } from '../core/createDetector.js';
import type { ContactMatch, Detector, DetectorOptions } from '../core/types.js';
import { stableKey } from '../utils/stableKey.js';
import { useOnPlatformSettings } from './OnPlatformProvider.js';

// A handful of distinct option sets per app is normal; the bound only stops a caller that builds
// options from user input from growing the cache without limit.
const MAX_CACHED_DETECTORS = 16;
const detectors = new Map<string, Detector>();

/** The shared detector for `options`, whose `stableKey` is `key`. */
function sharedDetector(key: string, options: DetectorOptions): Detector {
  let detector = detectors.get(key);
  if (detector) {
    // Refresh its place so the least recently used detector is the one dropped.
    detectors.delete(key);
  } else {
    detector = createDetector(options);
    if (detectors.size >= MAX_CACHED_DETECTORS) detectors.delete(detectors.keys().next().value!);
  }
  detectors.set(key, detector);
  return detector;
}

/** One detector per distinct options (by value, whatever the key order), shared across components. */
export function getSharedDetector(options: DetectorOptions = {}): Detector {
  return sharedDetector(stableKey(options), options);
}

/**
 * The shared detector for options already resolved against the provider (`useOnPlatformSettings`):
 * a hook resolves its settings once and hands them here, so there is one detector per options
 * value, whatever the number of hooks that use it.
 */
export function useDetector(options: DetectorOptions | undefined): Detector {
  // Read once per options identity: a new but equal options object on every render rebuilds nothing.
  const key = useMemo(() => stableKey(options ?? {}), [options]);
  // Keyed by content on purpose: `options` itself may change identity on every render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => sharedDetector(key, options ?? {}), [key]);
}

/**
 * Contact details and off-platform requests in `text`. The detector is built once per distinct
 * options (by value, not per render); results are memoised on the text.
 *
 * @example
 * ```tsx
 * import { useContactDetector } from 'onplatform';
 *
 * const matches = useContactDetector(draft, { kinds: ['email', 'phone'], defaultCountry: 'NL' });
 * // for 'text me on 0612 345 678': [{ kind: 'phone', start: 11, end: 23, text: '0612 345 678', value: '+31612345678', ... }]
 * ```
 *
 * @group Hooks
 */
export function useContactDetector(text: string, options?: DetectorOptions): ContactMatch[] {
  const { detectorOptions } = useOnPlatformSettings({ detectorOptions: options });
  const detector = useDetector(detectorOptions);
  return useMemo(() => detector.detect(text), [detector, text]);
}
