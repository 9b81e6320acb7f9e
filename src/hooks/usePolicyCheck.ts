import { useDeferredValue, useMemo } from 'react';
import { checkMessage } from '../core/policy/checkMessage.js';
import type { CheckMessageResult, ContractState, PolicyDecision, PolicyOverrides, PolicyViolation } from '../core/policy/policyTypes.js';
import type { ContactMatch, Detector } from '../core/types.js';
import { useSettledValue } from '../utils/useSettledValue.js';
import { useValueAfterPaint } from '../utils/useValueAfterPaint.js';

/** What `usePolicyGuard` returns: the verdict on the draft, and whether it can go out. */
export interface UsePolicyGuardResult {
  matches: ContactMatch[];
  verdict: CheckMessageResult;
  decision: PolicyDecision;
  violations: PolicyViolation[];
  /** Nothing blocks the message (a warning may still need an acknowledgement). */
  canSend: boolean;
  /** A warning needs one acknowledgement before sending. */
  needsAcknowledgement: boolean;
  /** The text the verdict was computed for (lags `text` by a frame, or until a pause on long drafts, when deferred). */
  checkedText: string;
  /** The verdict is for an older text: a deferred check is still to come. */
  isStale: boolean;
}

/** What `usePolicyGuard` hands down once it has resolved its settings (see its options). */
export interface PolicyCheckInputs {
  text: string;
  contractState: ContractState;
  /** The one detector for the resolved detector options. */
  detector: Detector;
  /** Resolved against the provider, and stable for equal content. */
  policy: PolicyOverrides | undefined;
  /** Stable for equal content. */
  history: readonly string[];
  /** @default true */
  deferred?: boolean | undefined;
  /** @default DEFAULT_LONG_TEXT_THRESHOLD */
  longTextThreshold?: number | undefined;
  /** @default DEFAULT_SETTLE_DELAY */
  settleDelay?: number | undefined;
  knownText: string | undefined;
}

/** No earlier messages: one array for every render, so memos keyed on it hold. */
export const NO_HISTORY: readonly string[] = [];

/** Drafts longer than this are checked when typing pauses (see `usePolicyGuard`'s `longTextThreshold`). */
export const DEFAULT_LONG_TEXT_THRESHOLD = 10_000;
/** How long typing must pause before a long draft is checked, in ms. */
export const DEFAULT_SETTLE_DELAY = 150;

/**
 * The live verdict on a draft, with settings already resolved (React Aria style: the public hook
 * resolves the provider and options once and hands them here, as the composer does with its own).
 * Decides which text to check now: the draft itself, the one last painted, or the settled one.
 */
export function usePolicyCheck({
  text,
  contractState,
  detector,
  policy,
  history,
  deferred = true,
  longTextThreshold = DEFAULT_LONG_TEXT_THRESHOLD,
  settleDelay = DEFAULT_SETTLE_DELAY,
  knownText,
}: PolicyCheckInputs): UsePolicyGuardResult {
  const deferLong = deferred && text.length > longTextThreshold;
  const settledText = useSettledValue(text, settleDelay, deferLong);
  // Short drafts are checked once the keystroke is on screen: detecting in the keystroke's own
  // render would hold its frame back. (useDeferredValue would not: React renders the deferred value
  // in a task that browsers run before the next frame.)
  const paintedText = useValueAfterPaint(text, deferred && !deferLong);
  // `null` (not deferring) keeps the deferred value still.
  const deferredText = useDeferredValue(deferLong ? settledText : null);
  // Just past the threshold the deferred value still holds `null`: check the settled text itself.
  // A code-set text is known in full: nothing to keep off a keystroke's frame.
  const checkedText = knownText === text ? text : deferLong ? (deferredText ?? settledText) : paintedText;
  const verdict = useMemo(
    () => checkMessage(checkedText, { contractState, detector, history, policy }),
    [checkedText, contractState, detector, history, policy],
  );
  return {
    matches: verdict.matches,
    verdict,
    decision: verdict.decision,
    violations: verdict.violations,
    canSend: verdict.decision !== 'block',
    needsAcknowledgement: verdict.decision === 'warn',
    checkedText,
    isStale: checkedText !== text,
  };
}
