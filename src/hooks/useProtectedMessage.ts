import { useMemo } from 'react';
import { maskMatches, type MaskedSegment, type MaskMatchesOptions } from '../core/maskMatches.js';
import type { ContractState, PolicyOverrides, PolicyViolation } from '../core/policy/policyTypes.js';
import type { ContactMatch, DetectorOptions } from '../core/types.js';
import type { Messages } from '../messages/index.js';
import { useOnPlatformSettings } from './OnPlatformProvider.js';
import { usePolicyGuard } from './usePolicyGuard.js';

/** A run of a received message: plain, flagged, or masked (with the finding and the reason). */
export type ProtectedSegment = MaskedSegment;

export interface UseProtectedMessageOptions {
  /** The received message. */
  text: string;
  contractState: ContractState;
  /** @default the provider's policy, else DEFAULT_POLICY */
  policy?: PolicyOverrides;
  /** The reader wrote this message: nothing is masked, and no caution or report is offered. @default false */
  authorIsSelf?: boolean;
  /** Shown in place of a hidden detail: a string or a function of the finding. @default the catalogue's `maskedDetail(kind)` */
  mask?: MaskMatchesOptions['mask'];
  /** Which objections hide their span. @default blocked concrete details (not invitations, not warnings) */
  shouldMask?: MaskMatchesOptions['shouldMask'];
  /** The author's earlier messages in this conversation, oldest first (catches split details). @default [] */
  history?: readonly string[];
  /** @default the provider's detector options */
  detectorOptions?: DetectorOptions;
  /** Per-key copy overrides (the mask text). @default the provider's */
  messages?: Partial<Messages>;
  /** @default the provider's locale, else 'en' */
  locale?: string;
}

export interface UseProtectedMessageResult {
  /** The message in runs; join every `display` for the text to show. */
  segments: ProtectedSegment[];
  /** Off-platform invitations and payment requests the policy objects to: a scam caution for the reader. */
  signals: ContactMatch[];
  /** Which caution applies (the argument of the catalogue's `scamCaution`). */
  caution: { payment: boolean; offPlatform: boolean };
  /** The reader should be offered a report. */
  shouldOfferReport: boolean;
  /** Everything found, for report evidence. */
  matches: ContactMatch[];
  violations: PolicyViolation[];
}

const NO_VIOLATIONS: PolicyViolation[] = [];

/**
 * For received messages: masks contact details before a contract and surfaces scam signals.
 *
 * @param options - the received message, the contract state, and optional policy, masks and copy.
 *
 * @example
 * ```tsx
 * import { useProtectedMessage } from 'onplatform';
 *
 * function Bubble({ text, contractState }: { text: string; contractState: ContractState }) {
 *   const message = useProtectedMessage({ text, contractState });
 *   return (
 *     <p>
 *       {message.segments.map((segment) =>
 *         segment.masked ? <mark key={segment.start}>{segment.display}</mark> : segment.display,
 *       )}
 *     </p>
 *   );
 * }
 * ```
 *
 * @group Hooks
 */
export function useProtectedMessage({
  text,
  contractState,
  policy,
  authorIsSelf = false,
  mask,
  shouldMask,
  history,
  detectorOptions,
  messages,
  locale,
}: UseProtectedMessageOptions): UseProtectedMessageResult {
  const { messages: copy } = useOnPlatformSettings({ ...(messages ? { messages } : {}), ...(locale ? { locale } : {}) });
  // A received message doesn't change while shown: no reason to defer its check.
  const guard = usePolicyGuard({
    text,
    contractState,
    deferred: false,
    ...(policy ? { policy } : {}),
    ...(history ? { history } : {}),
    ...(detectorOptions ? { detectorOptions } : {}),
  });
  return useMemo(() => {
    const violations = authorIsSelf ? NO_VIOLATIONS : guard.violations;
    const { segments } = maskMatches(
      text,
      { matches: guard.matches, violations },
      { mask: mask ?? ((match) => copy.maskedDetail(match.kind)), ...(shouldMask ? { shouldMask } : {}) },
    );
    const signals = violations
      .filter((violation) => violation.kind === 'intent' || violation.kind === 'payment')
      .map((violation) => violation.match);
    const caution = {
      payment: signals.some((signal) => signal.kind === 'payment'),
      offPlatform: signals.some((signal) => signal.kind === 'intent'),
    };
    return {
      segments,
      signals,
      caution,
      shouldOfferReport: violations.length > 0,
      matches: guard.matches,
      violations,
    };
  }, [authorIsSelf, copy, guard.matches, guard.violations, mask, shouldMask, text]);
}
