/**
 * A rewritten copy of a text that remembers, for every character, which UTF-16 range of the
 * original it came from. Detectors search the rewritten text and report original offsets, so a
 * disguised finding still highlights exactly what the person typed.
 *
 * The identity view (nothing rewritten) stores no offsets at all: character `i` is original
 * character `i`. A derived view stores them in typed arrays, filled with bulk copies.
 */
export class NormalizedText {
  private constructor(
    readonly original: string,
    readonly text: string,
    /** @internal original start of each character; undefined for the identity view */
    private readonly starts: Uint32Array | undefined,
    /** @internal original end of each character; undefined for the identity view */
    private readonly ends: Uint32Array | undefined,
    /** @internal 1 where the character was rewritten; undefined for the identity view */
    private readonly changed: Uint8Array | undefined,
  ) {}

  static identity(original: string): NormalizedText {
    return new NormalizedText(original, original, undefined, undefined, undefined);
  }

  /** @internal used by NormalizedTextBuilder */
  static fromParts(
    original: string,
    text: string,
    starts: Uint32Array,
    ends: Uint32Array,
    changed: Uint8Array,
  ): NormalizedText {
    return new NormalizedText(original, text, starts, ends, changed);
  }

  /** True for the view that rewrites nothing (its text is the original). */
  get isIdentity(): boolean {
    return this.starts === undefined;
  }

  /** Original range [start, end) covered by normalised range [from, to). */
  toOriginal(from: number, to: number): { start: number; end: number } {
    if (to <= from) {
      const at = from < this.text.length ? this.startAt(from) : this.original.length;
      return { start: at, end: at };
    }
    return { start: this.startAt(from), end: this.endAt(to - 1) };
  }

  /** Original start of normalised character `index`. */
  originalStart(index: number): number {
    return index < this.text.length ? this.startAt(index) : this.original.length;
  }

  /** Original end of normalised character `index`. */
  originalEnd(index: number): number {
    return this.endAt(index);
  }

  // Indexing as a stored array would (undefined outside the text), without storing one for the identity view.
  /** @internal */
  startAt(index: number): number {
    if (this.starts !== undefined) return this.starts[index]!;
    return (index >= 0 && index < this.text.length ? index : undefined)!;
  }

  /** @internal */
  endAt(index: number): number {
    if (this.ends !== undefined) return this.ends[index]!;
    return (index >= 0 && index < this.text.length ? index + 1 : undefined)!;
  }

  /** True when some character in [from, to) was rewritten or when characters were dropped inside it. */
  isRewritten(from: number, to: number): boolean {
    const { starts, ends, changed } = this;
    if (starts === undefined || ends === undefined || changed === undefined) return false;
    for (let index = from; index < to; index += 1) {
      if (changed[index]) return true;
      if (index > from && starts[index] !== ends[index - 1]) return true;
    }
    return false;
  }

  /** Start a new view derived from this one. */
  derive(): NormalizedTextBuilder {
    return new NormalizedTextBuilder(this);
  }

  /** @internal bulk copy of this view's offsets [from, to) into a builder's arrays at `at`. */
  copyOffsetsTo(from: number, to: number, starts: Uint32Array, ends: Uint32Array, changed: Uint8Array, at: number): void {
    if (this.starts === undefined || this.ends === undefined || this.changed === undefined) {
      for (let index = from, target = at; index < to; index += 1, target += 1) {
        starts[target] = index;
        ends[target] = index + 1;
      }
      changed.fill(0, at, at + to - from);
      return;
    }
    starts.set(this.starts.subarray(from, to), at);
    ends.set(this.ends.subarray(from, to), at);
    changed.set(this.changed.subarray(from, to), at);
  }
}

const EMPTY_OFFSETS = new Uint32Array(0);
const EMPTY_FLAGS = new Uint8Array(0);

/** Builds a view on top of a parent view: copy parent ranges or replace them with new text. */
export class NormalizedTextBuilder {
  private readonly parts: string[] = [];
  // Allocated on the first copy or replace: a pass that ends up changing nothing derives a
  // builder and drops it, and that should cost nothing.
  private starts = EMPTY_OFFSETS;
  private ends = EMPTY_OFFSETS;
  private changed = EMPTY_FLAGS;
  private length = 0;

  constructor(private readonly parent: NormalizedText) {}

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.starts.length) return;
    // A view is usually about as long as its parent: one allocation, grown only if it gets longer.
    const capacity = Math.max(needed, this.starts.length * 2, this.parent.text.length + 16);
    const starts = new Uint32Array(capacity);
    const ends = new Uint32Array(capacity);
    const changed = new Uint8Array(capacity);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    changed.set(this.changed.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
    this.changed = changed;
  }

  /** Keep parent characters [from, to) as they are. */
  copy(from: number, to: number): this {
    if (to <= from) return this;
    const parent = this.parent;
    this.parts.push(parent.text.slice(from, to));
    this.reserve(to - from);
    parent.copyOffsetsTo(from, to, this.starts, this.ends, this.changed, this.length);
    this.length += to - from;
    return this;
  }

  /** Replace parent characters [from, to) with `replacement` (may be empty: the range is dropped). */
  replace(from: number, to: number, replacement: string): this {
    if (replacement.length === 0) return this;
    // What parent.toOriginal(from, to) gives, without allocating the range object.
    const parent = this.parent;
    const start = to > from || from < parent.text.length ? parent.startAt(from) : parent.original.length;
    const end = to > from ? parent.endAt(to - 1) : start;
    this.parts.push(replacement);
    this.reserve(replacement.length);
    const at = this.length;
    this.length += replacement.length;
    this.starts.fill(start, at, this.length);
    this.ends.fill(end, at, this.length);
    this.changed.fill(1, at, this.length);
    return this;
  }

  build(): NormalizedText {
    const length = this.length;
    return NormalizedText.fromParts(
      this.parent.original,
      this.parts.join(''),
      this.starts.subarray(0, length),
      this.ends.subarray(0, length),
      this.changed.subarray(0, length),
    );
  }
}
