import { type ComponentPropsWithoutRef, forwardRef, useMemo } from 'react';
import type { PolicyViolation } from '../core/policy/policyTypes.js';
import { splitIntoSegments } from '../core/segments.js';
import type { ContactMatch } from '../core/types.js';
import { useOnPlatformSettings } from '../hooks/OnPlatformProvider.js';
import type { Messages } from '../messages/messages.js';
import { cx } from '../utils/cx.js';
import { VisuallyHidden } from './VisuallyHidden.js';

export interface HighlightedTextProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The text to show, rendered as text only. */
  text: string;
  /** Findings to mark, sorted and disjoint (as the detector returns them). */
  matches: readonly ContactMatch[];
  /** Marks get `data-action` ("warn" / "block") from these. @default [] */
  violations?: readonly PolicyViolation[];
  /** Per-key copy overrides. */
  messages?: Partial<Messages>;
}

/** One empty list for every render without violations, so the segments stay memoised. */
const NO_VIOLATIONS: readonly PolicyViolation[] = [];

/**
 * Text with each finding wrapped in `<mark data-kind>`, for custom lists and moderation views.
 * User text is only ever rendered as text.
 *
 * @example
 * ```tsx
 * import { HighlightedText } from 'onplatform';
 * import { checkMessage } from 'onplatform/core';
 *
 * const verdict = checkMessage(report.text, { contractState: 'none' });
 * <HighlightedText text={report.text} matches={verdict.matches} violations={verdict.violations} />
 * ```
 *
 * @group Components
 */
export const HighlightedText = forwardRef<HTMLSpanElement, HighlightedTextProps>(function HighlightedText(
  { text, matches, violations = NO_VIOLATIONS, messages, className, ...spanProps },
  ref,
) {
  const copy = useOnPlatformSettings({ messages }).messages;
  const segments = useMemo(() => splitIntoSegments(text, matches, violations), [text, matches, violations]);
  return (
    // dir="auto" and unicode-bidi: isolate (CSS) on the text and on every run: an override inside
    // the text can't reorder the marks after it or the text around the component.
    <span ref={ref} className={cx('op-HighlightedText', className)} dir="auto" {...spanProps}>
      {segments.map((segment) =>
        segment.match ? (
          <mark
            key={segment.start}
            className="op-HighlightedText-mark"
            dir="auto"
            data-kind={segment.match.kind}
            data-action={segment.violation?.action}
          >
            {segment.text}
            <VisuallyHidden> ({copy.flaggedLabel(segment.match.kind)})</VisuallyHidden>
          </mark>
        ) : (
          <span key={segment.start} className="op-HighlightedText-run" dir="auto">
            {segment.text}
          </span>
        ),
      )}
    </span>
  );
});
