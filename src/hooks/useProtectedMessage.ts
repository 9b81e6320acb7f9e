import { useMemo } from 'react';
import type { ContractState, PolicyOverrides, PolicyViolation } from '../core/policy/policyTypes.js';
import { splitIntoSegments, type TextSegment } from '../core/segments.js';
import type { ContactKind, ContactMatch, DetectorOptions } from '../core/types.js';
import { useOnPlatformSettings } from './OnPlatformProvider.js';
import { usePolicyGuard } from './usePolicyGuard.js';

// Details that identify a person or a place to meet or pay them: hidden before a contract.
const MASKED_KINDS: ReadonlySet<ContactKind> = new Set(['email', 'phone', 'social', 'meeting', 'url', 'payment']);

export interface ProtectedSegment extends TextSegment {
  /** Shown instead of the original text (the mask) when `masked`. */
  display: string;
  masked: boolean;
}

export interface UseProtectedMessageOptions {
  text: string;
  contractState: ContractState;
  /** @default the provider's policy */
  policy?: PolicyOverrides;
  /** The reader wrote this message: nothing is masked or flagged as a scam. @default false */
  authorIsSelf?: boolean;
  /** Text shown in place of a hidden detail. @default the catalogue's `maskedDetail` */
  mask?: string | ((match: ContactMatch) => string);
  /** @default the provider's detector options */
  detectorOptions?: DetectorOptions;
}

export interface UseProtectedMessageResult {
  segments: ProtectedSegment[];
  /** Payment requests, and invitations off the platform the policy objects to: a scam caution for the reader. */
  signals: ContactMatch[];
  /** The reader should be offered a report. */
  shouldOfferReport: boolean;
  matches: ContactMatch[];
  violations: PolicyViolation[];
}

/** For received messages: masks contact details before a contract and surfaces scam signals. */
export function useProtectedMessage({ text, contractState, policy, authorIsSelf = false, mask, detectorOptions }: UseProtectedMessageOptions): UseProtectedMessageResult {
  const settings = useOnPlatformSettings();
  const guard = usePolicyGuard({
    text,
    contractState,
    deferred: false,
    ...(policy ? { policy } : {}),
    ...(detectorOptions ? { detectorOptions } : {}),
  });
  const { messages } = settings;
  return useMemo(() => {
    const violations = authorIsSelf ? [] : guard.violations;
    const segments = splitIntoSegments(text, guard.matches, violations).map((segment): ProtectedSegment => {
      const hide = Boolean(segment.violation && segment.match && MASKED_KINDS.has(segment.match.kind));
      if (!hide || !segment.match) return { ...segment, display: segment.text, masked: false };
      const shown = typeof mask === 'function' ? mask(segment.match) : (mask ?? messages.maskedDetail(segment.match.kind));
      return { ...segment, display: shown, masked: true };
    });
    // Payment requests are a caution in every state; invitations to move elsewhere only while the
    // policy objects to them (during a contract they are allowed by default).
    const signals = authorIsSelf
      ? []
      : guard.matches.filter(
          (match) => match.kind === 'payment' || (match.kind === 'intent' && violations.some((violation) => violation.match === match)),
        );
    return {
      segments,
      signals,
      shouldOfferReport: !authorIsSelf && (signals.length > 0 || violations.length > 0),
      matches: guard.matches,
      violations,
    };
  }, [authorIsSelf, guard.matches, guard.violations, mask, messages, text]);
}
