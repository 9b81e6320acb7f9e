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
        <mark
          key={segment.start}
          className="op-MessageComposer-mark"
          data-kind={segment.match?.kind}
          data-action={segment.violation.action}
          data-start={segment.start}
        >
          {segment.text}
        </mark>
      ) : (
        <span key={segment.start}>{segment.text}</span>
      ),
    );
  },
  (previous, next) => sameRuns(previous.segments, next.segments),
);

// Right-to-left letters and bidi controls: with them, text later on a line can move a mark (the
// bidi algorithm orders each line as a whole), so the layer keeps the whole text.
const BIDI = /[\u0590-\u08FF\u200F\u202B\u202E\u2067\uFB1D-\uFDFF\uFE70-\uFEFF]|[\uD802\uD803\uD83A\uD83B]/;

/**
 * How much of the text after the last mark the layer needs: up to the first whitespace, which
 * ends the word the mark is in (text beyond a line-break opportunity after the mark cannot move
 * it); all of it when bidi could reorder the line. Typing further on then leaves the layer as it
 * is: no render, and no layout of a second copy of a long draft on every key.
 */
function tailToKeep(tail: string, text: string): string {
  if (BIDI.test(text)) return tail;
  const wordEnd = tail.search(/\s/);
  return wordEnd === -1 ? tail : tail.slice(0, wordEnd + 1);
}

/**
 * The text of the composer's underline layer: the textarea's text up to the word after its last
 * flagged run, each flagged run in a `<mark>` (the text itself is transparent; only the underline
 * shows). Nothing is flagged: nothing to lay out.
 */
export function ComposerUnderlines({ segments, text }: { segments: readonly TextSegment[]; text: string }) {
  let lastFlagged = segments.length - 1;
  while (lastFlagged >= 0 && !segments[lastFlagged]!.violation) lastFlagged -= 1;
  if (lastFlagged === -1) return null;
  return (
    <>
      <MarkedRuns segments={segments.slice(0, lastFlagged + 1)} />
      {tailToKeep(text.slice(segments[lastFlagged]!.end), text)}
    </>
  );
}
