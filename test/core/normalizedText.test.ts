// @vitest-environment node
import { foldCharacters } from '../../src/core/foldCharacters';
import { NormalizedText } from '../../src/core/normalizedText';
import { resolveOverlaps } from '../../src/core/resolveOverlaps';
import type { ContactMatch } from '../../src/core/types';

describe('NormalizedText', () => {
  it('maps a replaced range back to the original characters', () => {
    const identity = NormalizedText.identity('ana (at) mail');
    const view = identity.derive().copy(0, 3).replace(3, 9, '@').copy(9, 13).build();
    expect(view.text).toBe('ana@mail');
    expect(view.toOriginal(3, 4)).toEqual({ start: 3, end: 9 });
    expect(view.toOriginal(0, 8)).toEqual({ start: 0, end: 13 });
    expect(view.isRewritten(0, 3)).toBe(false);
    expect(view.isRewritten(0, 8)).toBe(true);
  });
});

describe('foldCharacters', () => {
  it.each([
    ['ａｎａ＠ｍａｉｌ．ｃｏ', 'ana@mail.co'],
    ['٠٦١٢٣٤٥٦٧٨', '0612345678'],
    ['۰۹۱۲', '0912'],
    ['९१७', '917'],
    ['an\u200Ba@ma\u200Dil.co', 'ana@mail.co'],
    ['аnа@mаil.cо', 'ana@mail.co'],
  ])('folds %j to %j', (input, expected) => {
    const folded = foldCharacters(NormalizedText.identity(input));
    expect(folded.text).toBe(expected);
    expect(folded.toOriginal(0, folded.text.length)).toEqual({ start: 0, end: input.length });
  });

  it('leaves Cyrillic words alone when they do not mix with Latin', () => {
    expect(foldCharacters(NormalizedText.identity('привет всем')).text).toBe('привет всем');
  });
});

describe('resolveOverlaps', () => {
  const match = (kind: ContactMatch['kind'], start: number, end: number): ContactMatch => ({
    kind,
    start,
    end,
    text: '',
    obfuscated: false,
    confidence: 0.9,
  });

  it('keeps the more specific kind and sorts by start', () => {
    const result = resolveOverlaps([match('url', 0, 10), match('social', 0, 10), match('phone', 12, 20)]);
    expect(result.map((item) => item.kind)).toEqual(['social', 'phone']);
  });
});
