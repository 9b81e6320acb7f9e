import { useMemo } from 'react';
import { createDetector } from '../core/createDetector.js';
import type { ContactMatch, Detector, DetectorOptions } from '../core/types.js';
import { useOnPlatformSettings } from './OnPlatformProvider.js';

const MAX_CACHED_DETECTORS = 16;
const detectors = new Map<string, Detector>();

/** One detector per distinct options (by value), shared across components and renders. */
export function getSharedDetector(options: DetectorOptions = {}): Detector {
  const key = JSON.stringify(options);
  let detector = detectors.get(key);
  if (!detector) {
    detector = createDetector(options);
    if (detectors.size >= MAX_CACHED_DETECTORS) detectors.delete(detectors.keys().next().value!);
    detectors.set(key, detector);
  }
  return detector;
}

/** The detector for the given (or provider's) options: built once per distinct options. */
export function useDetector(options?: DetectorOptions): Detector {
  const settings = useOnPlatformSettings(options ? { detectorOptions: options } : {});
  const key = JSON.stringify(settings.detectorOptions ?? {});
  // Keyed by value, so a new but equal options object on every render doesn't rebuild anything.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => getSharedDetector(settings.detectorOptions), [key]);
}

/** Contact details and off-platform requests in `text`, memoised on the text. */
export function useContactDetector(text: string, options?: DetectorOptions): ContactMatch[] {
  const detector = useDetector(options);
  return useMemo(() => detector.detect(text), [detector, text]);
}
