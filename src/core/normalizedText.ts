/**
 * A rewritten copy of a text that remembers, for every character, which UTF-16 range of the
 * original it came from. Detectors search the rewritten text and report original offsets, so a
 * disguised finding still highlights exactly what the person typed.
 */
export class NormalizedText {
  private constructor(
    readonly original: string,
    readonly text: string,
    /** @internal original start of each character */
    readonly starts: Uint32Array,
    /** @internal original end of each character */
    readonly ends: Uint32Array,
    /** @internal 1 where the character was rewritten */
    readonly changed: Uint8Array,
  ) {}

  static identity(original: string): NormalizedText {
    const length = original.length;
    const starts = new Uint32Array(length);
    const ends = new Uint32Array(length);
    for (let index = 0; index < length; index += 1) {
      starts[index] = index;
      ends[index] = index + 1;
    }
    return new NormalizedText(original, original, starts, ends, new Uint8Array(length));
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

  /** Original range [start, end) covered by normalised range [from, to). */
  toOriginal(from: number, to: number): { start: number; end: number } {
    if (to <= from) {
      const at = from < this.text.length ? this.starts[from]! : this.original.length;
      return { start: at, end: at };
    }
    return { start: this.starts[from]!, end: this.ends[to - 1]! };
  }

  /** Original start of normalised character `index`. */
  originalStart(index: number): number {
    return index < this.text.length ? this.starts[index]! : this.original.length;
  }

  /** Original end of normalised character `index`. */
  originalEnd(index: number): number {
    return this.ends[index]!;
  }

  /** True when some character in [from, to) was rewritten or when characters were dropped inside it. */
  isRewritten(from: number, to: number): boolean {
    for (let index = from; index < to; index += 1) {
      if (this.changed[index]) return true;
      if (index > from && this.starts[index] !== this.ends[index - 1]) return true;
    }
    return false;
  }

  /** Start a new view derived from this one. */
  derive(): NormalizedTextBuilder {
    return new NormalizedTextBuilder(this);
  }
}

/** Builds a view on top of a parent view: copy parent ranges or replace them with new text. */
export class NormalizedTextBuilder {
  private readonly parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private changed: number[] = [];

  constructor(private readonly parent: NormalizedText) {}

  /** Keep parent characters [from, to) as they are. */
  copy(from: number, to: number): this {
    if (to <= from) return this;
    const parent = this.parent;
    this.parts.push(parent.text.slice(from, to));
    for (let index = from; index < to; index += 1) {
      this.starts.push(parent.starts[index]!);
      this.ends.push(parent.ends[index]!);
      this.changed.push(parent.changed[index]!);
    }
    return this;
  }

  /** Replace parent characters [from, to) with `replacement` (may be empty: the range is dropped). */
  replace(from: number, to: number, replacement: string): this {
    if (replacement.length === 0) return this;
    const range = this.parent.toOriginal(from, Math.max(to, from));
    const start = range.start;
    const end = to > from ? range.end : range.start;
    this.parts.push(replacement);
    for (let index = 0; index < replacement.length; index += 1) {
      this.starts.push(start);
      this.ends.push(end);
      this.changed.push(1);
    }
    return this;
  }

  build(): NormalizedText {
    return NormalizedText.fromParts(
      this.parent.original,
      this.parts.join(''),
      Uint32Array.from(this.starts),
      Uint32Array.from(this.ends),
      Uint8Array.from(this.changed),
    );
  }
}
