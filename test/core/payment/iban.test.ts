// @vitest-environment node
import { findIbans, readIban } from '../../../src/core/payment/iban';

describe('readIban', () => {
  it.each([
    'GB29NWBK60161331926819',
    'DE89370400440532013000',
    'NO9386011117947', // shortest (15)
    'MT84MALT011000012345MTLCAST001S', // 31, letters inside
    'BR9700360305000010009795493P1',
  ])('accepts the valid IBAN %s', (iban) => {
    expect(readIban(iban)).toBe(iban);
  });

  it.each([
    ['GB29NWBK60161331926818', 'checksum fails'],
    ['DE8937040044053201300', 'one character short for Germany'],
    ['XX89370400440532013000', 'unknown country'],
    ['DE89 3704 0044 0532 0130 00', 'not compact'],
  ])('rejects %s (%s)', (iban) => {
    expect(readIban(iban)).toBeUndefined();
  });

  it('cuts text typed after the IBAN at the country length', () => {
    expect(readIban('DE89370400440532013000XINASENTENCE')).toBe('DE89370400440532013000');
  });
});

describe('findIbans', () => {
  it('finds spaced, dashed and compact IBANs and maps them back onto the text', () => {
    const text = 'a: DE89 3704 0044 0532 0130 00, b: AL47-2121-1009-0000-0002-3569-8741 c: GB29NWBK60161331926819.';
    expect(findIbans(text).map((span) => [text.slice(span.from, span.to), span.iban])).toEqual([
      ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
      ['AL47-2121-1009-0000-0002-3569-8741', 'AL47212110090000000235698741'],
      ['GB29NWBK60161331926819', 'GB29NWBK60161331926819'],
    ]);
  });

  it('ends an IBAN where a group ends: a longer code with a valid prefix is not one', () => {
    expect(findIbans('DE89370400440532013000123')).toEqual([]);
    expect(findIbans('VG96 VPVG 0000 0123 4567 8901 X in a sentence')).toHaveLength(1);
  });

  it('does not take slash-separated or split country codes', () => {
    expect(findIbans('AL47/2121/1009/0000/0002/3569/8741')).toEqual([]);
    expect(findIbans('G T82 TRAJ 0102 0000 0012 1002 9690')).toEqual([]);
  });
});
