// @vitest-environment node
import { NormalizedText } from '../../../src/core/normalizedText';
import { DIGIT_WORDS } from '../../../src/core/phone/digitWords';
import { buildSpelledDigitsView } from '../../../src/core/phone/spelledDigitsView';

const view = (text: string) => buildSpelledDigitsView(NormalizedText.identity(text));
// Another text first: the view then can't reuse what it learnt from the previous call.
const fresh = (text: string) => {
  view('\u0000unrelated');
  return view(text);
};

describe('buildSpelledDigitsView', () => {
  it('returns its source when no letter run is a digit, repeat or connector word', () => {
    const source = NormalizedText.identity('Budget 2000-3000 USD, call 020 7946 0958 if needed');
    expect(buildSpelledDigitsView(source)).toBe(source);
  });

  it.each([
    ['nine one seven four four two zero one eight eight', '9 1 7 4 4 2 0 1 8 8'],
    ['917 and 442 and 0188', '917  442  0188'],
    ['double five 917 4420', '55 917 4420'],
    ['917 44O 0188', '917 440 0188'],
  ])('rewrites %j', (input, expected) => {
    expect(fresh(input).text).toBe(expected);
  });

  it('reads every word of the digit-word table as a trigger (a word added to the table needs no other change)', () => {
    for (const [word, digit] of Object.entries(DIGIT_WORDS)) {
      expect(fresh(`${word} ${word} ${word} ${word} ${word} ${word} ${word}`).text).toBe(Array(7).fill(digit).join(' '));
    }
  });

  it.each([
    'Hi! My number: nine one seven, 44O 0188, or double five 917 and 4420. Thanks, Ana',
    'Call me at 917 442 018O',
    'Call me at 917 442 O188',
    'the phone on ones: phone one two three four five six seven',
    'x l9 and 917 442 01𝐀 I7 ١٢٣ 𝐀𝐁 then 555 0100 y 12 then 917 442 0188 oh',
  ])('gives the same view for every prefix of %j typed in order as for the prefix alone', (typed) => {
    const prefixes = Array.from({ length: typed.length }, (_, index) => typed.slice(0, index + 1));
    const alone = prefixes.map((prefix) => {
      const result = fresh(prefix);
      return { prefix, text: result.text, map: result.toOriginal(0, result.text.length) };
    });
    view('\u0000unrelated');
    const afterTyping = prefixes.map((prefix) => {
      const result = view(prefix);
      return { prefix, text: result.text, map: result.toOriginal(0, result.text.length) };
    });
    expect(afterTyping).toEqual(alone);
  });
});
