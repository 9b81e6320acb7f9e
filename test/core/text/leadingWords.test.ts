// @vitest-environment node
import { leadingWords } from '../../../src/core/text/leadingWords';

describe('leadingWords', () => {
  it.each([
    ["\\blet'?s\\s{1,2}talk", ['let']],
    ['\\b(?:text|call|hit\\s{1,2}me)\\s{1,2}me', ['text', 'call', 'hit']],
    ["\\b(?:what'?s|what\\s{1,2}is|can\\s{1,2}i\\s{1,2}(?:get|have))\\s{1,2}your", ['what', 'what', 'can']],
    ['\\b(?:escr[ií]beme|h[aá]blame)\\s{1,2}al', ['escr', undefined]],
    ['(?<![\\p{L}\\d])ping\\s{1,2}me', ['ping']],
  ])('reads the leading words of %j', (phrase, expected) => {
    const words = leadingWords(phrase);
    if (expected.includes(undefined as never)) expect(words).toBeUndefined();
    else expect(words).toEqual(expected);
  });
});
