// @vitest-environment node
import { foldCharacters } from '../../../src/core/foldCharacters';
import { NormalizedText } from '../../../src/core/normalizedText';
import { foldLeetLetters } from '../../../src/core/text/leetLetters';

const leet = (text: string) => foldLeetLetters(NormalizedText.identity(text));

describe('foldLeetLetters', () => {
  it('reads digits typed for letters inside words as those letters', () => {
    expect(leet('my h0tmail or gm4il, 0utl00k').text).toBe('my hotmail or gmail, outlook');
    expect(leet('pay 0utside, p0za portalem, au$$erhalb').text).toBe('pay outside, poza portalem, ausserhalb');
    expect(leet('s1te d1şından öde').text).toBe('site dişından öde');
  });

  it('maps what it rewrote back to the digits typed', () => {
    const view = leet('x h0tmail');
    expect(view.toOriginal(2, 9)).toEqual({ start: 2, end: 9 });
    expect(view.isRewritten(3, 4)).toBe(true);
    expect(view.isRewritten(4, 9)).toBe(false);
  });

  it('leaves numbers spelled in a mix, codes, serials and plain digits alone', () => {
    for (const text of ['nine five5five two', 'seis1dos tres4cinco', 'tyler_b92', 'SN4A7B0C', 'a1b4', 'call 917 555 0142', 'iPhone 13', '1st 3rd 4th', 'mp3 h264 B1 level']) {
      expect(leet(text).text).toBe(text);
    }
  });

  it('returns the view itself when nothing is rewritten', () => {
    const view = NormalizedText.identity('plain words, 42 apples');
    expect(foldLeetLetters(view)).toBe(view);
  });

  it('runs after the Unicode folding, so full-width leet is read too', () => {
    expect(foldCharacters(NormalizedText.identity('ｈ０ｔｍａｉｌ')).text).toBe('hotmail');
  });
});

describe('foldCharacters, styling marks and circled digits', () => {
  const fold = (text: string) => foldCharacters(NormalizedText.identity(text)).text;
  it('drops combining underlines, strike-throughs and the tatweel', () => {
    expect(fold('k\u0332a\u0332y\u0332')).toBe('kay');
    expect(fold('l\u0336u\u0336k\u0336')).toBe('luk');
    expect(fold('بـــرا')).toBe('برا');
  });
  it('reads double, negative and dingbat circled digits', () => {
    expect(fold('⓵⓶ ❸❹ ➄➅ ➑➒ ⓿')).toBe('12 34 56 89 0');
  });
});
