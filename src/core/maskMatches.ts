import type { CheckMessageResult, PolicyViolation, ViolationSummary } from './policy/policyTypes.js';
import { splitIntoSegments, type TextSegment } from './segments.js';
import type { ContactMatch } from './types.js';
import { maskedDetailText } from './defaultMasks.js';

/** A run of a received message that the reader sees as written. */
export interface ShownSegment extends TextSegment {
  masked: false;
  /** What to show: the run's own text. */
  display: string;
}

/**
 * A run the reader may not see. It carries the mask, where the run was and why it is hidden, and
 * deliberately nothing of the hidden text: no `text`, no `match`, and a violation without its match.
 */
export interface HiddenSegment {
  masked: true;
  /** What to show: the mask. */
  display: string;
  /** UTF-16 offset of the hidden run in the original text, inclusive. */
  start: number;
  /** UTF-16 offset of the hidden run in the original text, exclusive. */
  end: number;
  /** What was hidden (`kind`) and why (`rule`, `reason`). */
  violation: ViolationSummary;
}

/** A run of a received message, as the reader should see it; `masked` tells the two kinds apart. */
export type MaskedSegment = ShownSegment | HiddenSegment;

export interface MaskMatchesOptions {
  /**
   * Shown in place of a hidden detail: a string, or a function of the finding. Whatever it returns
   * is shown to the reader, so it should not repeat the finding's text or value.
   * @default (match) => the English mask of its kind: `[phone number hidden]`, `[email address hidden]`…
   */
  mask?: string | ((match: ContactMatch, violation: PolicyViolation) => string);
  /**
   * Which objections hide their span. Invitations (`intent`) and payment requests without an
   * instrument ("pay me via Western Union") carry no detail to hide — the reader should see them,
   * with a caution — and a warning was confirmed by the sender, so by default only blocked
   * concrete details (an address, a number, a handle, an IBAN…) are hidden.
   * @default (violation) => violation.action === 'block' && violation.kind !== 'intent' && (violation.kind !== 'payment' || violation.match.value !== undefined)
   */
  shouldMask?: (violation: PolicyViolation) => boolean;
}

export interface MaskedText {
  /** The message with every hidden detail replaced by its mask. */
  text: string;
  segments: MaskedSegment[];
  /** How many details were hidden. */
  maskedCount: number;
}

/** The English mask of the match's kind, the wording of the English catalogue's `maskedDetail`. */
export const DEFAULT_MASK = (match: ContactMatch): string => maskedDetailText(match.kind);

export const shouldMaskByDefault = (violation: PolicyViolation): boolean =>
  violation.action === 'block' &&
  violation.kind !== 'intent' &&
  (violation.kind !== 'payment' || violation.match.value !== undefined);

/** The violation without its match (picked field by field, so nothing else slips through). */
export const summarizeViolation = ({ kind, action, rule, reason }: ViolationSummary): ViolationSummary => ({ kind, action, rule, reason });

/**
 * Hides the details a policy objects to in a received message, e.g. before a contract:
 * `maskMatches(text, checkMessage(text, { contractState: 'none' })).text`. Pure, so a server can
 * store or forward the masked form while the UI shows the same segments. A hidden segment keeps
 * none of the hidden text (see `HiddenSegment`); `redactMessage` goes further for data that
 * leaves the server.
 *
 * @param text - the received message.
 * @param verdict - its findings and violations (a `checkMessage` result).
 * @param options - the `mask` text (or a function of the finding) and which violations `shouldMask`.
 *
 * @example
 * ```ts
 * const text = 'call +1 917 442 0188 now';
 * maskMatches(text, checkMessage(text, { contractState: 'none' })).text; // 'call [phone number hidden] now'
 * ```
 *
 * @group Display
 */
export function maskMatches(
  text: string,
  verdict: Pick<CheckMessageResult, 'matches' | 'violations'>,
  { mask = DEFAULT_MASK, shouldMask = shouldMaskByDefault }: MaskMatchesOptions = {},
): MaskedText {
  let maskedCount = 0;
  const segments = splitIntoSegments(text, verdict.matches, verdict.violations).map((segment): MaskedSegment => {
    const { match, violation, start, end } = segment;
    if (!match || !violation || !shouldMask(violation)) return { ...segment, display: segment.text, masked: false };
    maskedCount += 1;
    const display = typeof mask === 'function' ? mask(match, violation) : mask;
    return { masked: true, display, start, end, violation: summarizeViolation(violation) };
  });
  return { text: segments.map((segment) => segment.display).join(''), segments, maskedCount };
}
