// @vitest-environment node
import { createPhraseSet, phraseTriggers } from '../../../src/core/intent/phraseSet';

describe('phraseTriggers', () => {
  it.each([
    ['text\\s{1,3}me', ['text']],
    ["(?:let['’]?s|can\\s{1,3}we)\\s{1,3}talk", ['let', 'can']],
    ['(?:(?:can|could)\\s{1,3}you|give)\\s{1,3}me', ['can', 'could', 'give']],
    ['escr[ií]beme', ['escr']],
    ['(?<![\\p{L}\\d])ping\\s{1,3}me', ['ping']],
  ])('reads the leading words of %j', (source, words) => {
    expect(phraseTriggers(source)).toEqual(words);
  });

  it.each(['[eé]cris', '(?:a|b)?c', '\\s{1,3}me', '(?:[a-z]|b)c'])('cannot read %j', (source) => {
    expect(phraseTriggers(source)).toBeUndefined();
  });
});

describe('createPhraseSet', () => {
  it('finds every phrase where one of its leading words starts a word', () => {
    const set = createPhraseSet(['text\\s{1,3}me', "(?:let['’]?s|lets)\\s{1,3}talk", 'pay(?:ez)?-moi']);
    const hits = set.find("Let's talk. Pretext me? text  me! payez-moi").map((hit) => [hit.phrase, hit.from, hit.to]);
    expect(hits).toEqual([
      [1, 0, 10],
      [0, 24, 32],
      [2, 34, 43],
    ]);
  });

  it('tries phrases that share a prefix of the word ("pay" and "payez")', () => {
    const set = createPhraseSet(['payez-moi', 'pay(?:ez)?-moi\\s{1,3}vite']);
    expect(set.find('payez-moi vite').map((hit) => hit.phrase).sort()).toEqual([0, 1]);
  });

  it('refuses a phrase it could only run on every position', () => {
    expect(() => createPhraseSet(['\\d{3}'])).toThrow(/createPhraseSet/);
  });

  it('handles empty sets and texts', () => {
    expect(createPhraseSet([]).find('text me')).toEqual([]);
    expect(createPhraseSet(['text\\s{1,3}me']).find('')).toEqual([]);
  });
});
