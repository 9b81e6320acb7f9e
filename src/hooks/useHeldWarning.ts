import { useMemo, useState } from 'react';
import type { CheckMessageResult } from '../core/policy/policyTypes.js';
import { useSettledValue } from '../utils/useSettledValue.js';
import { shouldHoldWarning } from './shouldHoldWarning.js';

/** How long typing must pause before a held warning shows, in ms. */
export const HOLD_WARNING_PAUSE = 1200;

/**
 * The verdict to show: the live one, except that a warning which just appeared under the caret
 * waits (see `shouldHoldWarning`) and shows as "allow" meanwhile, so the banner doesn't flash amber
 * a few words before it turns red.
 */
export function useHeldWarning(verdict: CheckMessageResult, text: string, knownText: string | undefined, caret: number | undefined) {
  const paused = useSettledValue(text, HOLD_WARNING_PAUSE, true) === text;
  const [shownDecision, setShownDecision] = useState(verdict.decision);
  const held = shouldHoldWarning({ verdict, shownDecision, text, caret, typing: text !== knownText && !paused });
  const decision = held ? 'allow' : verdict.decision;
  // Adjusting state while rendering (React's pattern for "the previous value"): no extra frame.
  if (decision !== shownDecision) setShownDecision(decision);
  return useMemo(() => (held ? { ...verdict, decision: 'allow' as const, violations: [] } : verdict), [held, verdict]);
}
