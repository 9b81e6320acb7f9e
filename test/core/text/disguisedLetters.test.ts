// @vitest-environment node
import { foldCharacters } from '../../../src/core/foldCharacters';
import { NormalizedText } from '../../../src/core/normalizedText';
import { foldDisguisedLetters } from '../../../src/core/text/disguisedLetters';

const leet = (text: string) => foldDisguisedLetters(NormalizedText.identity(text));

describe('foldDisguisedLetters', () => {
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

  it('joins words spelled apart one letter a piece, in any script', () => {
    expect(leet('pagami f.u.o.r.i dal sito').text).toBe('pagami fuori dal sito');
    expect(leet('en d.e.h.o.r.s de la plateforme').text).toBe('en dehors de la plateforme');
    expect(leet('ب-ا-ہ-ر').text).toBe('باہر');
    for (const text of ['e.g. this', 't.me/ana', 'r.o.m.e.l.l.o.p.e.z.9.1', 'j.r.r.tolkien@mail.com', 'x-ray']) expect(leet(text).text).toBe(text);
  });

  it('joins a username spelled apart around its dot or underscore, and leaves spaced emphasis alone', () => {
    expect(leet('ig: r i n a . s h o p').text).toBe('ig: rina.shop');
    expect(leet('vx: z w _ s h u m a 8 8').text).toBe('vx: zw_shuma88');
    expect(leet('m-a-r-i-a . l-o-p-e-z on gmail').text).toBe('maria.lopez on gmail');
    for (const text of ['this is s o o o good', 'F R E E delivery', 'S A L E . N O W', 'end . Then we go', 'a b . c d', 'T G']) expect(leet(text).text).toBe(text);
  });

  it('reads hashtags in a row as words, and leaves a lone hashtag', () => {
    expect(leet('#telegram #tomek_fotki').text).toBe('telegram tomek_fotki');
    expect(leet('la campaña #rebajas_verano tuvo alcance').text).toBe('la campaña #rebajas_verano tuvo alcance');
    expect(leet('order #88213 and #88214').text).toBe('order #88213 and #88214');
  });

  it('returns the view itself when nothing is rewritten', () => {
    const view = NormalizedText.identity('plain words, 42 apples');
    expect(foldDisguisedLetters(view)).toBe(view);
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
  it('reads Latin look-alikes typed inside a Cyrillic word as Cyrillic, and Cyrillic ones inside a Latin word as Latin', () => {
    expect(fold('пиши в тeлeгрaм')).toBe('пиши в телеграм');
    expect(fold('ana@gmаil.com')).toBe('ana@gmail.com');
    // A Latin letter with no Cyrillic twin ("v", "n") keeps the word Latin, as before.
    expect(fold('почта ivаn')).toBe('почта ivan');
  });
  it('reads double, negative and dingbat circled digits', () => {
    expect(fold('⓵⓶ ❸❹ ➄➅ ➑➒ ⓿')).toBe('12 34 56 89 0');
  });
});
