import { describeValue } from './describeValue.js';
import { codePointCut } from './text/codePointCut.js';
import { arrayOf, fail, is } from './validate.js';
import { type ResolvedDetectorOptions, resolveDetectorOptions } from './detectorOptions.js';
import { foldCharacters } from './foldCharacters.js';
import { NormalizedText } from './normalizedText.js';
import type { Recognizer, RecognizerFactory, ScanContext } from './recognizer.js';
import { resolveOverlaps } from './resolveOverlaps.js';
import type { ContactMatch, Detector, DetectorOptions } from './types.js';

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

/**
 * A detector made of the given recognizers only: what a bundle doesn't name, it doesn't carry
 * (`composeDetector([createEmailRecognizer, createUrlRecognizer])` leaves out the phone metadata).
 * Builds patterns and tables once; `detect` then runs per text (per keystroke in the UI).
 *
 * @example
 * ```ts
 * const detector = composeDetector([createEmailRecognizer, createUrlRecognizer], { allowDomains: ['yourmarket.example'] });
 * detector.detect('ana@mail.co or help@yourmarket.example, see ana.dev');
 * // [{ kind: 'email', text: 'ana@mail.co', ... }, { kind: 'url', text: 'ana.dev', ... }]
 * ```
 *
 * @group Detection
 */
export function composeDetector(factories: readonly RecognizerFactory[], options?: DetectorOptions): Detector {
  return buildDetector(factories, options, 'composeDetector');
}

/** @internal `composeDetector`, with the public function's name for error messages. */
export function buildDetector(factories: readonly RecognizerFactory[], options: DetectorOptions | undefined, fn: string): Detector {
  arrayOf(is('function'))(factories, `${fn}: recognizers`);
  const resolved = resolveDetectorOptions(options, fn);
  const recognizers: Recognizer[] = factories.map((create) => create(resolved)).filter(
    (recognizer) => recognizer.kinds.some((kind) => resolved.kinds.has(kind)),
  );
  // A detector that can report nothing would allow every message: say so instead.
  if (recognizers.length === 0) fail(`${fn}: options.kinds`, [...resolved.kinds].join(), 'a kind one of the recognizers reports', true);
  const { maxLength } = resolved;
  return {
    maxLength,
    detect(text: string): ContactMatch[] {
      if (typeof text !== 'string') {
        throw new TypeError(`detect: expected the message text as a string, got ${describeValue(text)}`);
      }
      if (text.length === 0) return [];
      // Past the limit only the start is read: cost stays bounded (checkMessage blocks such a text).
      if (text.length > maxLength) text = text.slice(0, codePointCut(text, maxLength));
      const context = createScanContext(text, resolved);
      const candidates = recognizers.flatMap((recognizer) =>
        recognizer.scan(context).filter((match) => resolved.kinds.has(match.kind)),
      );
      let matches = resolveOverlaps(candidates);
      for (const recognizer of recognizers) {
        if (recognizer.refine) matches = recognizer.refine(context, matches).filter((match) => resolved.kinds.has(match.kind));
      }
      return matches;
    },
  };
}
