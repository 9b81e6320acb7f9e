import { useDeferredValue, useMemo } from 'react';
import { checkMessage } from '../core/policy/checkMessage.js';
import type { CheckMessageResult, ContractState, PolicyDecision, PolicyOverrides, PolicyViolation } from '../core/policy/policyTypes.js';
import type { ContactMatch, DetectorOptions } from '../core/types.js';
import { useOnPlatformSettings } from './OnPlatformProvider.js';
import { useDetector } from './useContactDetector.js';

export interface UsePolicyGuardOptions {
  text: string;
  /** The conversation's contract state; a change re-evaluates at once, without new input. */
  contractState: ContractState;
  /** @default the provider's policy, else DEFAULT_POLICY */
  policy?: PolicyOverrides;
  /** The author's recent messages in this conversation, oldest first (catches split details). @default [] */
  history?: readonly string[];
  /** @default the provider's detector options */
  detectorOptions?: DetectorOptions;
  /** Let detection lag a render behind typing on long texts (typing itself never waits). @default true */
  deferred?: boolean;
}

export interface UsePolicyGuardResult {
  matches: ContactMatch[];
  verdict: CheckMessageResult;
  decision: PolicyDecision;
  violations: PolicyViolation[];
  /** Nothing blocks the message (it may still need an acknowledgement). */
  canSend: boolean;
  /** A warning needs one acknowledgement before sending. */
  needsAcknowledgement: boolean;
  /** The text the verdict was computed for (lags `text` by a render when deferred). */
  checkedText: string;
}

const NO_HISTORY: readonly string[] = [];

/** Runs the detector and the policy on a draft and says whether it can be sent. */
export function usePolicyGuard({ text, contractState, policy, history = NO_HISTORY, detectorOptions, deferred = true }: UsePolicyGuardOptions): UsePolicyGuardResult {
  const settings = useOnPlatformSettings({ ...(policy ? { policy } : {}), ...(detectorOptions ? { detectorOptions } : {}) });
  const detector = useDetector(settings.detectorOptions);
  const deferredText = useDeferredValue(text);
  const checkedText = deferred ? deferredText : text;
  const effectivePolicy = settings.policy;
  const verdict = useMemo(
    () => checkMessage(checkedText, { contractState, detector, history, ...(effectivePolicy ? { policy: effectivePolicy } : {}) }),
    [checkedText, contractState, detector, history, effectivePolicy],
  );
  return {
    matches: verdict.matches,
    verdict,
    decision: verdict.decision,
    violations: verdict.violations,
    canSend: verdict.decision !== 'block',
    needsAcknowledgement: verdict.decision === 'warn',
    checkedText,
  };
}
