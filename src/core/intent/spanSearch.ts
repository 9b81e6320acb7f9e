/** Binary searches over spans sorted by `from` (lexicon hits, quotes): linear scans would make long texts quadratic. */
interface Span {
  from: number;
  to: number;
}

/** Index of the first span whose `from` is at or after `at` (or the length when none is). */
export function firstFrom(spans: readonly Span[], at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.from < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** True when [from, to) lies inside one of the spans (sorted, not overlapping one another). */
export function isInside(spans: readonly Span[], from: number, to: number): boolean {
  const index = firstFrom(spans, from + 1) - 1;
  return index >= 0 && spans[index]!.from <= from && to <= spans[index]!.to;
}

/** The last span that ends at or before `at`, at most `reach` before it, matching `accept`. */
export function lastBefore<T extends Span>(spans: readonly T[], at: number, reach: number, accept: (span: T) => boolean = () => true): T | undefined {
  for (let index = firstFrom(spans, at) - 1; index >= 0 && at - spans[index]!.from <= reach; index -= 1) {
    const span = spans[index]!;
    if (span.to <= at && accept(span)) return span;
  }
  return undefined;
}
