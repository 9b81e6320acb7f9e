import { useMemo } from 'react';
import { findingsAfterEdit } from '../core/findingsAfterEdit.js';
import type { CheckMessageResult } from '../core/policy/policyTypes.js';
import { splitIntoSegments, type TextSegment } from '../core/segments.js';

/**
 * The draft in plain and flagged runs, covering the current text even while the verdict lags a
 * frame behind typing: the last findings are carried over the edit, so marks elsewhere in the
 * draft stay put in the meantime.
 */
export function useComposerSegments(text: string, checkedText: string, verdict: CheckMessageResult): TextSegment[] {
  return useMemo(() => {
    const carried = findingsAfterEdit(checkedText, text, { matches: verdict.matches, violations: verdict.violations });
    return splitIntoSegments(text, carried.matches, carried.violations);
  }, [checkedText, text, verdict]);
}
