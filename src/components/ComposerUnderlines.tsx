import { memo } from 'react';
import type { TextSegment } from '../core/segments.js';

/** Same runs with the same text and marks: the underlines would land in the same places. */
function sameRuns(previous: readonly TextSegment[], next: readonly TextSegment[]): boolean {
  if (previous === next) return true;
  if (previous.length !== next.length) return false;
  return previous.every((segment, index) => {
    const other = next[index]!;
    return (
      segment.start === other.start &&
      segment.text === other.text &&
      segment.match?.kind === other.match?.kind &&
      segment.violation?.action === other.violation?.action
    );
  });
}

/**
 * The runs up to the last flagged one. Segments are new objects on every keystroke, but typing
 * rarely changes this part (most typing happens after it): comparing the runs lets it skip the
 * render, so a long draft doesn't rebuild every run's element on each key.
 */
const MarkedRuns = memo(
  function MarkedRuns({ segments }: { segments: readonly TextSegment[] }) {
    return segments.map((segment) =>
      segment.violation ? (
        <mark key={segment.start} className="op-MessageComposer-mark" data-kind={segment.match?.kind} data-action={segment.violation.action}>
          {segment.text}
        </mark>
      ) : (
        <span key={segment.start}>{segment.text}</span>
      ),
    );
  },
  (previous, next) => sameRuns(previous.segments, next.segments),
);

/**
 * The text of the composer's underline layer: exactly the textarea's text, with each flagged run
 * in a `<mark>` (the text itself is transparent; only the underline shows). The plain text after
 * the last mark is one text node, the only part that changes while typing at the end.
 */
export function ComposerUnderlines({ segments }: { segments: readonly TextSegment[] }) {
  let lastFlagged = segments.length - 1;
  while (lastFlagged >= 0 && !segments[lastFlagged]!.violation) lastFlagged -= 1;
  const marked = segments.slice(0, lastFlagged + 1);
  const rest = segments.slice(lastFlagged + 1).map((segment) => segment.text).join('');
  return (
    <>
      {marked.length > 0 && <MarkedRuns segments={marked} />}
      {rest}
    </>
  );
}
