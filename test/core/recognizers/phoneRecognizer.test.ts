// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector({ kinds: ['phone'] });
const usDetector = createDetector({ kinds: ['phone'], defaultCountry: 'US' });
const phones = (text: string, target = detector) => target.detect(text).map((match) => match.text);

describe('phone recognizer', () => {
  it.each([
    ['call me at +1 917 442 0188', '+1 917 442 0188'],
    ['my number: (415) 555-0132', '(415) 555-0132'],
    ['whatsapp +55 11 98456 5666 pls', '+55 11 98456 5666'],
    ['ring 020 7946 0958 tomorrow', '020 7946 0958'],
    ['0612 345 678', '0612 345 678'],
    ['call me 0061 4 34 100 206', '0061 4 34 100 206'],
  ])('finds the plain number in %j', (text, expected) => {
    expect(phones(text)).toEqual([expected]);
  });

  it.each([
    ['917 - 442 - 0188', '917 - 442 - 0188'],
    ['9.1.7.4.4.2.0.1.8.8', '9.1.7.4.4.2.0.1.8.8'],
    ['917🙂442🙂0188', '917🙂442🙂0188'],
    ['it is 917 and 442 then 0188 ok', '917 and 442 then 0188'],
    ['nine one seven, four four two, oh one eight eight', 'nine one seven, four four two, oh one eight eight'],
    ['9one7 44two 0188', '9one7 44two 0188'],
    ['double five five, one two three four five six', 'double five five, one two three four five six'],
    ['nueve uno siete cuatro cuatro dos cero uno ocho', 'nueve uno siete cuatro cuatro dos cero uno ocho'],
    ['nove um sete quatro quatro dois zero um oito', 'nove um sete quatro quatro dois zero um oito'],
    ['neuf un sept quatre quatre deux zéro un huit', 'neuf un sept quatre quatre deux zéro un huit'],
    ['neun eins sieben vier vier zwei null eins acht', 'neun eins sieben vier vier zwei null eins acht'],
    ['nove uno sette quattro quattro due zero uno otto', 'nove uno sette quattro quattro due zero uno otto'],
    ['sembilan satu tujuh empat empat dua nol satu delapan', 'sembilan satu tujuh empat empat dua nol satu delapan'],
    ['９１７-４４２-０１８８', '９１７-４４２-０１８８'],
    ['٩١٧٤٤٢٠١٨٨', '٩١٧٤٤٢٠١٨٨'],
    ['۹۱۷ ۴۴۲ ۰۱۸۸', '۹۱۷ ۴۴۲ ۰۱۸۸'],
    ['९१७ ४४२ ०१८८', '९१७ ४४२ ०१८८'],
    ['9\u200B1\u200B7 442 0188', '9\u200B1\u200B7 442 0188'],
  ])('finds the disguised number in %j and highlights exactly it', (text, expected) => {
    const [match] = detector.detect(text);
    expect(match?.text).toBe(expected);
    expect(match?.kind).toBe('phone');
  });

  it('marks disguised numbers as obfuscated and plain ones not', () => {
    expect(detector.detect('nine one seven four four two oh one eight eight')[0]?.obfuscated).toBe(true);
    expect(detector.detect('call +1 917 442 0188')[0]?.obfuscated).toBe(false);
  });

  it('normalises validated numbers to E.164', () => {
    expect(usDetector.detect('call (415) 555-0132')[0]?.value).toBe('+14155550132');
    expect(detector.detect('+44 20 7946 0958')[0]?.value).toBe('+442079460958');
  });

  it.each([
    'the budget is $1,500 for the logo',
    'we can do 2000-3000 USD',
    'total € 12.500,00',
    'meeting on 10/12/2024 10:30',
    'deadline 12.03.2025',
    'released 2024-10-12',
    'I have 5 years of experience, 1998-2003 at ACME',
    'upgrade to v2.10.3 or React 18.2',
    'order #123456789 shipped',
    'contract 88812345 is active',
    'ticket ID 4471-2219',
    'ZIP 10001, New York',
    'conversion went up 12.5% to 45.25%',
    'use #ff00aa and #336699',
    'open report.2024.final.pdf',
    'const x = arr[1234567] + 0x1F;',
    'I have two kids and five cats, one or two things to add',
    'SSN: 123-45-6789',
    'scores 12.1 - 23.71 - 23.45',
    'lottery 1405, 1680, 1843',
    'count 1 2 3 4 5 6 7 8 9',
    'The UUID is CA801c26f98cd16e231354125ad046e40b.',
    'at 20120102 08:00',
    'sonraki ders 14.03 17.00-18.30',
  ])('does not report %j', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it('finds several numbers typed in a row', () => {
    expect(phones('(415) 666-7777 (800) 443-1223', usDetector)).toEqual(['(415) 666-7777', '(800) 443-1223']);
  });

  it('keeps spelled digits as prose when the stage is off', () => {
    const strict = createDetector({ kinds: ['phone'], obfuscation: { spelledDigits: false } });
    expect(strict.detect('nine one seven four four two oh one eight eight')).toEqual([]);
  });

  it('catches a number split over lines (messages joined by the history check)', () => {
    expect(phones('my number is 917\n442\n0188')).toEqual(['917\n442\n0188']);
  });
});
