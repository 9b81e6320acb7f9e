// @vitest-environment node
import { NormalizedText } from '../../../src/core/normalizedText';
import { NUMBER_WORDS } from '../../../src/core/lexicon/numberWords';
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

  it('reads every digit word of every language as a trigger (a word added to a table needs no other change)', () => {
    for (const table of NUMBER_WORDS) {
      table.digits.split('|').forEach((spellings, digit) => {
        for (const word of spellings.split(' ')) {
          // Articles like "un" count only beside another number word.
          if (table.ambiguous?.split(' ').includes(word)) continue;
          const separator = table.unspaced ? '' : ' ';
          const expected = Array(7).fill(digit).join(separator);
          expect([word, fresh(Array(7).fill(word).join(separator)).text]).toEqual([word, expected]);
        }
      });
    }
  });

  it.each([
    ['zéro six, vingt-deux, soixante-dix-sept, quatre-vingt-un', '0 6, 22, 77, 81'],
    ['null hundertneunundfünfzig, dreiundzwanzig, elf', '0 159, 23, 11'],
    ['seis setenta y uno, cero ocho, cuarenta y dos', '6 71, 0 8, 42'],
    ['tre quattro sette, quattrocentododici, ottantotto', '3 4 7, 412, 88'],
    ['восемь, девятьсот девяносто девять, четыреста двенадцать', '8, 999, 412'],
    ['sıfır beş yüz otuz iki, dokuz yüz on bir', '0 532, 911'],
    ['नब्बे पैंसठ तैंतालीस इक्कीस अट्ठासी', '90 65 43 21 88'],
    ['kosong delapan lima dua, sebelas, dua puluh dua', '0 8 5 2, 11, 22'],
    ['〇八〇ー三九二六ー一一五七', '080ー3926ー1157'],
    // The full-width comma arrives folded to ','.
    ['幺八幺,两两零拐', '181, 2208'],
    ['ate won ate, five five five, oh too', '8 1 8, 5 5 5, 0 2'],
    ['0 chín 1 bốn - 2 ba 7', '0 9 1 4 - 2 3 7'],
    // Romanised Hindi spelled as it is said: long vowels, doubled letters and the short "a" vary.
    ['atthanve das pachees chhiyasi ikyavan', '98 10 25 86 51'],
    ['nine 1 7 four four two o 3 8 one', '9 1 7 4 4 2 0 3 8 1'],
  ])('reads compound and native number words in %j', (input, expected) => {
    expect(fresh(input).text).toBe(expected);
  });

  it.each(['call 0612 345 678 for two nights', 'I have one or two things and three more for you', '1200 for 3400 to 5600', 'tengo 2 o 3 cajas y 4 o 5 sillas'])(
    'leaves everyday words beside numbers alone in %j',
    (input) => {
      expect(fresh(input).text).toBe(input);
    },
  );

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
