// @vitest-environment node
import { APOS, phraseSource, WORD_GAP } from '../../../src/core/intent/contactWords';

describe('phraseSource', () => {
  it.each([
    ["let's talk on {p}", `let${APOS}s${WORD_GAP}talk${WORD_GAP}on${WORD_GAP}{p}`],
    ["je t'\\s{0,2}(?:donne|passe)", `je${WORD_GAP}t${APOS}\\s{0,2}(?:donne|passe)`],
    ['(?:te|le) (?:paso|mando)', `(?:te|le)${WORD_GAP}(?:paso|mando)`],
    ['(?:do you have|got) {p}\\s{0,2}[?]', `(?:do${WORD_GAP}you${WORD_GAP}have|got)${WORD_GAP}{p}\\s{0,2}[?]`],
  ])('writes %j as its regex source', (phrase, source) => {
    expect(phraseSource(phrase)).toBe(source);
  });

  it('matches double spaces and both apostrophes, as the phrase tables expect', () => {
    const regex = new RegExp(`^${phraseSource("let's talk")}$`, 'iu');
    expect(['let’s  talk', "let's talk", 'Let’s\ttalk'].map((text) => regex.test(text))).toEqual([true, true, true]);
    expect(['lets talk', "let'stalk", "let's    talk"].map((text) => regex.test(text))).toEqual([false, false, false]);
  });
});
