/**
 * What a left-to-right scanner read of the last text, so the next text can resume where it left
 * off. A composer scans the draft again on every key, and a key changes the end of the draft: the
 * hits found before the edit, by readings that never looked at a changed character, are the same.
 *
 * Now and then (after a hit, or every few characters) the scanner records a checkpoint: where it
 * is, how many hits it has, and `reach`, the farthest index any reading so far looked at
 * (exclusive; an index at or past the end counts, since "the text ends here" is also read). A new
 * text that agrees with the last one on every index below a checkpoint's reach resumes there with
 * the hits found before it; anything else scans from the start. The scan is deterministic given
 * its position and hits, so the result is the same as scanning the whole text.
 */
export class ScanMemory<Hit> {
  private recording = true;
  private source = '';
  private hits: readonly Hit[] = [];
  // Flat triples: index, hit count, reach.
  private checkpoints: number[] = [];
  private pending: number[] = [];
  private lastIndex = 0;

  /** Hits to keep (a fresh array: the caller pushes to it), the index to scan on from and the reach so far. */
  resume(source: string): { hits: Hit[]; index: number; reach: number } {
    // A paste past this length is read once: keeping its hits would only make work for the GC.
    this.recording = source.length <= REMEMBERED_LENGTH;
    const same = commonStart(this.source, source);
    const points = this.checkpoints;
    let kept = points.length / 3;
    while (kept > 0 && points[3 * kept - 1]! > same) kept -= 1;
    this.pending = points.slice(0, 3 * kept);
    if (kept === 0) {
      this.lastIndex = 0;
      return { hits: [], index: 0, reach: 0 };
    }
    const [index, count, reach] = points.slice(3 * kept - 3, 3 * kept) as [number, number, number];
    this.lastIndex = index;
    return { hits: this.hits.slice(0, count), index, reach };
  }

  /** Records the scan's state at `index`, with `count` hits and `reach`; cheap to call often (most calls record nothing). */
  checkpoint(index: number, count: number, reach: number): void {
    if (!this.recording || index - this.lastIndex < CHECKPOINT_EVERY) return;
    this.pending.push(index, count, reach);
    this.lastIndex = index;
  }

  /** Called once the scan is done. */
  remember(source: string, hits: readonly Hit[]): void {
    if (!this.recording) {
      this.source = '';
      this.hits = [];
      this.checkpoints = [];
      this.pending = [];
      return;
    }
    this.source = source;
    this.hits = hits.slice();
    this.checkpoints = this.pending;
    this.pending = [];
  }
}

// The last comparison: every scanner of one detect call compares the same text with the same last one.
let compared = { last: '', source: '', same: 0 };

/** How many leading units `last` and `source` share. */
function commonStart(last: string, source: string): number {
  if (last === compared.last && source === compared.source) return compared.same;
  // Typing at the end, the common case, is one native comparison.
  let same = source.startsWith(last) ? last.length : 0;
  if (same === 0) {
    const limit = Math.min(last.length, source.length);
    while (same < limit && last.charCodeAt(same) === source.charCodeAt(same)) same += 1;
  }
  // Not a paste past the remembered length: it is read once, and this would keep it alive.
  if (source.length <= REMEMBERED_LENGTH) compared = { last, source, same };
  return same;
}

/** The longest text remembered: a draft typed key by key (the composer checks every key up to 10,000 characters). */
export const REMEMBERED_LENGTH = 20_000;

// Characters between checkpoints without a hit: few enough to rescan, many enough to keep the list short.
const CHECKPOINT_EVERY = 16;
