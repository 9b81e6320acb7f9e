import type { CheckMessageResult, PolicyViolation } from './policy/policyTypes.js';
import { splitIntoSegments, type TextSegment } from './segments.js';
import type { ContactMatch } from './types.js';

/** A run of a received message, as the reader should see it. */
export interface MaskedSegment extends TextSegment {
  /** What to show: the mask when `masked`, otherwise the original text of the run. */
  display: string;
  /** The run is a detail hidden from the reader; `match` and `violation` say what and why. */
  masked: boolean;
}

export interface MaskMatchesOptions {
  /**
   * Shown in place of a hidden detail: a string, or a function of the finding.
   * @default (match) => `[${match.kind} hidden]`
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

export const DEFAULT_MASK = (match: ContactMatch): string => `[${match.kind} hidden]`;

export const shouldMaskByDefault = (violation: PolicyViolation): boolean =>
  violation.action === 'block' &&
  violation.kind !== 'intent' &&
  (violation.kind !== 'payment' || violation.match.value !== undefined);

/**
 * Hides the details a policy objects to in a received message, e.g. before a contract:
 * `maskMatches(text, checkMessage(text, { contractState: 'none' })).text`. Pure, so a server can
 * store or forward the masked form while the UI shows the same segments.
 *
 * @param text - the received message.
 * @param verdict - its findings and violations (a `checkMessage` result).
 * @param options - the `mask` text (or a function of the finding) and which violations `shouldMask`.
 *
 * @example
 * ```ts
 * const text = 'call +1 917 442 0188 now';
 * maskMatches(text, checkMessage(text, { contractState: 'none' })).text; // 'call [phone hidden] now'
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
    const { match, violation } = segment;
    if (!match || !violation || !shouldMask(violation)) return { ...segment, display: segment.text, masked: false };
    maskedCount += 1;
    return { ...segment, display: typeof mask === 'function' ? mask(match, violation) : mask, masked: true };
  });
  return { text: segments.map((segment) => segment.display).join(''), segments, maskedCount };
}
