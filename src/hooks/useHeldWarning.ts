import { useMemo, useRef } from 'react';
import type { CheckMessageResult } from '../core/policy/policyTypes.js';
import { useIsomorphicLayoutEffect } from '../utils/useLatest.js';
import { useSettledValue } from '../utils/useSettledValue.js';
import { shouldHoldWarning } from './shouldHoldWarning.js';

/** How long typing must pause before a held warning shows, in ms. */
export const HOLD_WARNING_PAUSE = 1200;

/**
 * The verdict to show: the live one, except that a warning which just appeared under the caret
 * waits (see `shouldHoldWarning`) and shows as "allow" meanwhile, so the banner doesn't flash amber
 * a few words before it turns red.
 */
export function useHeldWarning(verdict: CheckMessageResult, text: string, knownText: string | undefined, caretRef: { current: number | undefined }) {
  const paused = useSettledValue(text, HOLD_WARNING_PAUSE, true) === text;
  const shownRef = useRef<CheckMessageResult['decision']>(verdict.decision);
  const typing = text !== knownText && !paused;
  // The caret is read from a ref the change handler keeps: the render of a keystroke follows it.
  const caret = caretRef.current;
  const held = shouldHoldWarning({ verdict, shownDecision: shownRef.current, text, caret, typing });
  const shown = useMemo(() => (held ? { ...verdict, decision: 'allow' as const, violations: [] } : verdict), [held, verdict]);
  useIsomorphicLayoutEffect(() => {
    shownRef.current = shown.decision;
  });
  return shown;
}
