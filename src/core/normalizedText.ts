/**
 * A rewritten copy of a text that remembers, for every character, which UTF-16 range of the
 * original it came from. Detectors search the rewritten text and report original offsets, so a
 * disguised finding still highlights exactly what the person typed.
 *
 * The identity view (nothing rewritten) stores no offsets: its character `i` is original character
 * `i`. A derived view keeps them in typed arrays filled with bulk copies.
 */
export class NormalizedText {
  private constructor(
    readonly original: string,
    readonly text: string,
    /** @internal original start of each character; undefined for the identity view */
    readonly starts?: Uint32Array,
    /** @internal original end of each character; undefined for the identity view */
    readonly ends?: Uint32Array,
    /** @internal 1 where the character was rewritten; undefined for the identity view */
    readonly changed?: Uint8Array,
  ) {}

  static identity(original: string): NormalizedText {
    return new NormalizedText(original, original);
  }

  /** @internal used by NormalizedTextBuilder */
  static fromParts(original: string, text: string, starts: Uint32Array, ends: Uint32Array, changed: Uint8Array): NormalizedText {
    return new NormalizedText(original, text, starts, ends, changed);
  }

  /** Original range [start, end) covered by normalised range [from, to). */
  toOriginal(from: number, to: number): { start: number; end: number } {
    if (to <= from) {
      const at = this.originalStart(from);
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

  // What a stored array would hold (undefined outside the text), without storing one for the identity view.
  /** @internal */
  startAt(index: number): number {
    return this.starts ? this.starts[index]! : (index >= 0 && index < this.text.length ? index : undefined)!;
  }

  /** @internal */
  endAt(index: number): number {
    return this.ends ? this.ends[index]! : (index >= 0 && index < this.text.length ? index + 1 : undefined)!;
  }

  /** True when some character in [from, to) was rewritten or when characters were dropped inside it. */
  isRewritten(from: number, to: number): boolean {
    const { starts, ends, changed } = this;
    if (!starts || !ends || !changed) return false;
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
}

const NO_OFFSETS = new Uint32Array(0);
const NO_FLAGS = new Uint8Array(0);

/** Builds a view on top of a parent view: copy parent ranges or replace them with new text. */
export class NormalizedTextBuilder {
  private readonly parts: string[] = [];
  // Allocated on the first copy or replace (a pass that changes nothing allocates nothing), at
  // the parent's length: a view is usually about as long as its parent.
  private starts = NO_OFFSETS;
  private ends = NO_OFFSETS;
  private changed = NO_FLAGS;
  private length = 0;

  constructor(private readonly parent: NormalizedText) {}

  /** Makes room for `extra` more characters and returns where they go. */
  private grow(extra: number): number {
    const at = this.length;
    this.length += extra;
    if (this.length > this.starts.length) {
      const capacity = Math.max(this.length, 2 * this.starts.length, this.parent.text.length + 16);
      // One buffer for the three arrays: allocating an array buffer costs more than filling it.
      const buffer = new ArrayBuffer(9 * capacity);
      const starts = new Uint32Array(buffer, 0, capacity);
      const ends = new Uint32Array(buffer, 4 * capacity, capacity);
      const changed = new Uint8Array(buffer, 8 * capacity, capacity);
      starts.set(this.starts);
      ends.set(this.ends);
      changed.set(this.changed);
      this.starts = starts;
      this.ends = ends;
      this.changed = changed;
    }
    return at;
  }

  /** Keep parent characters [from, to) as they are. */
  copy(from: number, to: number): this {
    if (to <= from) return this;
    const parent = this.parent;
    this.parts.push(parent.text.slice(from, to));
    const at = this.grow(to - from);
    if (parent.starts && parent.ends && parent.changed) {
      this.starts.set(parent.starts.subarray(from, to), at);
      this.ends.set(parent.ends.subarray(from, to), at);
      this.changed.set(parent.changed.subarray(from, to), at);
    } else {
      // The identity parent: offsets are the indices (and `changed` is already 0).
      for (let index = from; index < to; index += 1) {
        this.starts[at + index - from] = index;
        this.ends[at + index - from] = index + 1;
      }
    }
    return this;
  }

  /** Replace parent characters [from, to) with `replacement` (may be empty: the range is dropped). */
  replace(from: number, to: number, replacement: string): this {
    if (replacement.length === 0) return this;
    // parent.toOriginal(from, to), read without allocating the range.
    const parent = this.parent;
    const start = to > from ? parent.startAt(from) : parent.originalStart(from);
    const end = to > from ? parent.endAt(to - 1) : start;
    this.parts.push(replacement);
    const at = this.grow(replacement.length);
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
