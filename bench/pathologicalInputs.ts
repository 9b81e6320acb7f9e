// Inputs that would make a careless detector slow (backtracking, quadratic scans, huge views).
// The core bench times them; test/core/detectorProperties.test.ts checks the invariants on them.

/** Random code points from every plane (seeded, so runs compare), surrogates excluded. */
export function randomUnicode(length: number, seed = 0x9e3779b9): string {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    // Mostly BMP (scripts, digits, punctuation), some astral (emoji, CJK extensions).
    let codePoint = next() < 0.8 ? Math.floor(next() * 0x10000) : 0x10000 + Math.floor(next() * 0x2ffff);
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) codePoint = 0x40 + (codePoint & 0x3f);
    const char = String.fromCodePoint(codePoint);
    parts.push(char);
    size += char.length;
  }
  return parts.join('');
}

/**
 * Each shape at its base size (scale 1); the bench also runs it at scale 2 to measure its growth.
 * `benchOnly` shapes are too big for the unit tests' invariant checks.
 */
export const PATHOLOGICAL_SHAPES: ReadonlyArray<{ name: string; make: (scale: number) => string; benchOnly?: boolean }> = [
  { name: "'a'.repeat(50000)+'@'", make: (scale) => `${'a'.repeat(50_000 * scale)}@` },
  { name: "'1 '.repeat(20000)", make: (scale) => '1 '.repeat(20_000 * scale) },
  { name: "'a.'.repeat(20000)", make: (scale) => 'a.'.repeat(20_000 * scale) },
  { name: "'a@'.repeat(20000)", make: (scale) => 'a@'.repeat(20_000 * scale) },
  { name: "'@'.repeat(50000)", make: (scale) => '@'.repeat(50_000 * scale) },
  { name: "'9'.repeat(50000)", make: (scale) => '9'.repeat(50_000 * scale) },
  { name: "'.'.repeat(50000)", make: (scale) => '.'.repeat(50_000 * scale) },
  { name: "'1.'.repeat(20000)", make: (scale) => '1.'.repeat(20_000 * scale) },
  { name: "'1.'.repeat(25000)", make: (scale) => '1.'.repeat(25_000 * scale) },
  { name: "'one '.repeat(20000)", make: (scale) => 'one '.repeat(20_000 * scale) },
  { name: "'at dot '.repeat(10000)", make: (scale) => 'at dot '.repeat(10_000 * scale) },
  { name: "'٣ '.repeat(50000)", make: (scale) => '٣ '.repeat(50_000 * scale) },
  { name: 'mixed unicode', make: (scale) => '٣🙂ａ@\u200B.'.repeat(8_000 * scale) },
  { name: 'random unicode (seeded)', make: (scale) => randomUnicode(50_000 * scale) },
  { name: 'random unicode 1 MB (seeded)', make: (scale) => randomUnicode(1_000_000 * scale), benchOnly: true },
  { name: 'lone surrogates', make: (scale) => '\uD800\uDC00\uDC00\uD800'.repeat(1000 * scale) },
];

/** Every shape at its base size, for the unit tests' invariant checks. */
export const PATHOLOGICAL_INPUTS: ReadonlyArray<readonly [name: string, input: string]> = PATHOLOGICAL_SHAPES.filter(
  (shape) => !shape.benchOnly,
).map((shape) => [shape.name, shape.make(1)] as const);
