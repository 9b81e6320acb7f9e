// @vitest-environment node
import { createPhraseSet, MAX_PHRASE_HITS, phraseTriggers } from '../../../src/core/intent/phraseSet';

describe('phraseTriggers', () => {
  const exact = (word: string) => ({ word, exact: true });
  const prefix = (word: string) => ({ word, exact: false });

  it.each([
    ['text\\s{1,3}me', [exact('text')]],
    ['text', [prefix('text')]],
    ["(?:let['’]s|lets|can\\s{1,3}we)\\s{1,3}talk", [exact('let'), exact('lets'), exact('can')]],
    ["let['’]?s", [prefix('let')]],
    ['(?:(?:can|could)\\s{1,3}you|give)\\s{1,3}me', [exact('can'), exact('could'), exact('give')]],
    ['escr[ií]beme(?![\\p{L}\\d])', [exact('escribeme'), exact('escríbeme')]],
    ['pay(?:ing)?\\s{1,3}me', [prefix('pay')]],
    ['(?:zahl|bezahl)(?:en|e)?\\s', [prefix('zahl'), prefix('bezahl')]],
    ['whats\\s?app', [prefix('whats')]],
    ['(?<![\\p{L}\\d])ping\\s{1,3}me', [exact('ping')]],
    ['(?:ajoute|ecris)[-\\s]moi', [exact('ajoute'), exact('ecris')]],
  ])('reads the leading words of %j', (source, words) => {
    expect(phraseTriggers(source)).toEqual(words);
  });

  it.each(['(?:a|b)?c', '\\s{1,3}me', '(?:[a-z]|b)c', '\\d{3}'])('cannot read %j', (source) => {
    expect(phraseTriggers(source)).toBeUndefined();
  });
});

describe('createPhraseSet', () => {
  it('finds every phrase where one of its leading words starts a word', () => {
    const set = createPhraseSet(['text\\s{1,3}me', "(?:let['’]s|lets)\\s{1,3}talk", 'pay(?:ez)?-moi']);
    const hits = set.find("Let's talk. Pretext me? text  me! payez-moi").map((hit) => [hit.phrase, hit.from, hit.to]);
    expect(hits).toEqual([
      [1, 0, 10],
      [0, 24, 32],
      [2, 34, 43],
    ]);
  });

  it('tries a prefix trigger on longer words, an exact one only on the word itself', () => {
    const set = createPhraseSet(['pay(?:ing)?\\s{1,3}me', 'i\\s{1,3}will']);
    expect(set.find('paying me').map((hit) => hit.phrase)).toEqual([0]);
    expect(set.find('I will').map((hit) => hit.phrase)).toEqual([1]);
    expect(set.find('in will')).toEqual([]);
  });

  it('tries phrases that share a prefix of the word ("pay" and "payez")', () => {
    const set = createPhraseSet(['payez-moi', 'pay(?:ez)?-moi\\s{1,3}vite']);
    expect(set.find('payez-moi vite').map((hit) => hit.phrase).sort()).toEqual([0, 1]);
  });

  it('refuses a phrase it could only run on every position', () => {
    expect(() => createPhraseSet(['\\d{3}'])).toThrow(/createPhraseSet/);
  });

  it('stops after MAX_PHRASE_HITS hits, so a flood of phrases costs bounded work', () => {
    const hits = createPhraseSet(['text\\s{1,3}me']).find('text me '.repeat(MAX_PHRASE_HITS + 500));
    expect(hits).toHaveLength(MAX_PHRASE_HITS);
    expect(hits[0]).toMatchObject({ from: 0, to: 7 });
  });

  it('handles empty sets and texts', () => {
    expect(createPhraseSet([]).find('text me')).toEqual([]);
    expect(createPhraseSet(['text\\s{1,3}me']).find('')).toEqual([]);
  });
});
