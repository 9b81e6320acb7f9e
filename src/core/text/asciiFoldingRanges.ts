/**
 * The code point ranges outside ASCII holding every character whose NFKC form is plain ASCII
 * (full-width forms, ligatures, enclosed and mathematical letters and digits, superscripts,
 * squared units…), read from Unicode 17 (Node 20's ICU 78), ranges less than 1,024 apart merged.
 * Everything outside them folds to itself, so folding a character outside them needs no NFKC
 * call: text of rare code points (random Unicode, CJK extensions) no longer pays one per new
 * character. `test/core/text/asciiFoldingRanges.test.ts` checks every code point against the
 * runtime's NFKC and prints the table to paste here when a new Unicode version adds one.
 */
export const ASCII_FOLDING_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xa0, 0x37e], [0x1d2c, 0x24ea], [0x2a74, 0x33ff], [0xa7f1, 0xa7f4], [0xfb00, 0xff5e],
  [0x107a5, 0x107a5], [0x1ccd6, 0x1ccf9], [0x1d400, 0x1d7ff], [0x1f100, 0x1f190], [0x1fbf0, 0x1fbf9],
];

/** True when NFKC may turn the code point into ASCII (it is inside one of the ranges). */
export function mayFoldToAscii(codePoint: number): boolean {
  // In order: stop at the first range that starts past the code point.
  for (const range of ASCII_FOLDING_RANGES) {
    if (codePoint < range[0]) return false;
    if (codePoint <= range[1]) return true;
  }
  return false;
}
