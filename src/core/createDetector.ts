import { type ResolvedDetectorOptions, resolveDetectorOptions } from './detectorOptions.js';
import { foldCharacters } from './foldCharacters.js';
import { NormalizedText } from './normalizedText.js';
import type { Recognizer, RecognizerFactory, ScanContext } from './recognizer.js';
import { createEmailRecognizer } from './recognizers/emailRecognizer.js';
import { createIntentRecognizer } from './recognizers/intentRecognizer.js';
import { createMeetingRecognizer } from './recognizers/meetingRecognizer.js';
import { createPaymentRecognizer } from './recognizers/paymentRecognizer.js';
import { createPhoneRecognizer } from './recognizers/phoneRecognizer.js';
import { createSocialRecognizer } from './recognizers/socialRecognizer.js';
import { createUrlRecognizer } from './recognizers/urlRecognizer.js';
import { resolveOverlaps } from './resolveOverlaps.js';
import type { ContactMatch, Detector, DetectorOptions } from './types.js';

const RECOGNIZERS: readonly RecognizerFactory[] = [
  createEmailRecognizer,
  createPhoneRecognizer,
  createUrlRecognizer,
  createSocialRecognizer,
  createMeetingRecognizer,
  createPaymentRecognizer,
  createIntentRecognizer,
];

function createScanContext(original: string, options: ResolvedDetectorOptions): ScanContext {
  const identity = NormalizedText.identity(original);
  const folded = options.obfuscation.unicode ? foldCharacters(identity) : identity;
  const views = new Map<string, NormalizedText>();
  return {
    original,
    folded,
    options,
    view(name, build) {
      let view = views.get(name);
      if (!view) {
        view = build();
        views.set(name, view);
      }
      return view;
    },
  };
}

/** Builds patterns and tables once; `detect` then runs per text (per keystroke in the UI). */
export function createDetector(options?: DetectorOptions): Detector {
  const resolved = resolveDetectorOptions(options);
  const recognizers: Recognizer[] = RECOGNIZERS.map((create) => create(resolved)).filter(
    (recognizer) => recognizer.kinds.some((kind) => resolved.kinds.has(kind)),
  );
  return {
    detect(text: string): ContactMatch[] {
      if (typeof text !== 'string') {
        throw new TypeError(`detect: expected the message text as a string, got ${describe(text)}`);
      }
      if (text.length === 0) return [];
      const context = createScanContext(text, resolved);
      const candidates = recognizers.flatMap((recognizer) =>
        recognizer.scan(context).filter((match) => resolved.kinds.has(match.kind)),
      );
      return resolveOverlaps(candidates);
    },
  };
}

export function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
