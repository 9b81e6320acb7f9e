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

export const PATHOLOGICAL_INPUTS: ReadonlyArray<readonly [name: string, input: string]> = [
  ["'a'.repeat(50000)+'@'", `${'a'.repeat(50_000)}@`],
  ["'1 '.repeat(20000)", '1 '.repeat(20_000)],
  ["'a.'.repeat(20000)", 'a.'.repeat(20_000)],
  ["'@'.repeat(50000)", '@'.repeat(50_000)],
  ["'9'.repeat(50000)", '9'.repeat(50_000)],
  ["'.'.repeat(50000)", '.'.repeat(50_000)],
  ["'1.'.repeat(25000)", '1.'.repeat(25_000)],
  ["'one '.repeat(20000)", 'one '.repeat(20_000)],
  ["'at dot '.repeat(10000)", 'at dot '.repeat(10_000)],
  ['mixed unicode', '٣🙂ａ@\u200B.'.repeat(8_000)],
  ['random unicode (seeded)', randomUnicode(50_000)],
  ['lone surrogates', '\uD800\uDC00\uDC00\uD800'.repeat(1000)],
];
