import type { ResolvedDetectorOptions } from './detectorOptions.js';
import type { NormalizedText } from './normalizedText.js';
import type { ContactKind, ContactMatch } from './types.js';

/** What every recognizer gets for one `detect` call. */
export interface ScanContext {
  /** The text as typed. */
  readonly original: string;
  /** After the unicode stage (or the identity view when that stage is off). */
  readonly folded: NormalizedText;
  readonly options: ResolvedDetectorOptions;
  /** Builds a derived view once per `detect` call and shares it between recognizers. */
  view(name: string, build: () => NormalizedText): NormalizedText;
}

/** Finds one family of contact details. Built once per detector; `scan` runs per text. */
export interface Recognizer {
  /** Kinds this recognizer can report; it is skipped when none of them is enabled. */
  readonly kinds: readonly ContactKind[];
  scan(context: ScanContext): ContactMatch[];
  /**
   * Optional second reading over every recognizer's findings, once overlaps are resolved (the
   * payment reading turns an email used to receive money into a payment). Returns the new list.
   */
  refine?(context: ScanContext, matches: ContactMatch[]): ContactMatch[];
}

export type RecognizerFactory = (options: ResolvedDetectorOptions) => Recognizer;

export interface MatchFields {
  kind: ContactKind;
  value?: string;
  platform?: string;
  confidence: number;
  /** Forces the flag on; otherwise it is set when the span was rewritten by normalisation. */
  obfuscated?: boolean;
}

/** Turns a span of a normalised view into a match with original offsets. */
export function matchFromView(
  view: NormalizedText,
  from: number,
  to: number,
  fields: MatchFields,
): ContactMatch {
  const { start, end } = view.toOriginal(from, to);
  const match: ContactMatch = {
    kind: fields.kind,
    start,
    end,
    text: view.original.slice(start, end),
    obfuscated: fields.obfuscated === true || view.isRewritten(from, to),
    confidence: fields.confidence,
  };
  if (fields.value !== undefined) match.value = fields.value;
  if (fields.platform !== undefined) match.platform = fields.platform;
  return match;
}
