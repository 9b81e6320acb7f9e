import { describe, expect, it } from 'vitest';
import { ASCII_FOLDING_RANGES, mayFoldToAscii } from '../../../src/core/text/asciiFoldingRanges';

const PRINTABLE_ASCII = /^[ -~]+$/;

describe('ASCII_FOLDING_RANGES', () => {
  it('holds every non-ASCII code point whose NFKC form is ASCII (checked against the runtime, all planes)', () => {
    const outside: string[] = [];
    for (let codePoint = 0x80; codePoint <= 0x10ffff; codePoint += 1) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const char = String.fromCodePoint(codePoint);
      const compatible = char.normalize('NFKC');
      if (compatible !== char && PRINTABLE_ASCII.test(compatible) && !mayFoldToAscii(codePoint)) outside.push(codePoint.toString(16));
    }
    // A new Unicode version may add some: widen ASCII_FOLDING_RANGES to cover the listed code points.
    expect(outside).toEqual([]);
  });

  it('is sorted and its ranges do not overlap (mayFoldToAscii stops at the first range past a code point)', () => {
    for (let index = 1; index < ASCII_FOLDING_RANGES.length; index += 1) {
      expect(ASCII_FOLDING_RANGES[index]![0]).toBeGreaterThan(ASCII_FOLDING_RANGES[index - 1]![1]);
    }
  });

  it('answers for code points inside, between and past the ranges', () => {
    expect(mayFoldToAscii(0xff41)).toBe(true); // ａ
    expect(mayFoldToAscii(0x1d41a)).toBe(true); // 𝐚
    expect(mayFoldToAscii(0x4e2d)).toBe(false); // 中
    expect(mayFoldToAscii(0x10ffff)).toBe(false);
  });
});
