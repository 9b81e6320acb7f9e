// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isIdNamedAfter, readCueBefore } from '../../../src/core/phone/readCueBefore';

const cueOf = (text: string) => readCueBefore(text, text.search(/\d/));

describe('readCueBefore: ID words with endings and compounds', () => {
  it.each([
    ['Belegnummer 7712094431'],
    ['Kundennr. 5512093341'],
    // The compound clips the ID word: "Bestellnr" from "Bestellung".
    ['Bestellnr. 0157 88421936'],
    ['numer paragonu 44120981772'],
    ['numer przesyłki 6201234567890123'],
    ['номер чека 00412988731'],
    ['رقم الإيصال 00412988731'],
    ['領収書No. 00412988731'],
    ['OR number 55120934'],
    ['NF 000.482.915'],
  ])('%s is an ID', (text) => {
    expect(cueOf(text)).toBe('id');
  });

  it.each([['the area code - 555 0188'], ['Vorwahl 030, dann 1234 5678']])('%s: an area code belongs to a phone number', (text) => {
    expect(cueOf(text)).toBe('phone');
  });

  it.each([['Telefonnummer 0151 23456789'], ['Handynr 0176 98765432'], ['contato 11 98765-4321'], ['contacto 612 345 678'], ['kontakt 0151 23456789']])(
    '%s stays a phone cue or no cue',
    (text) => {
      expect(cueOf(text)).not.toBe('id');
    },
  );
});

describe('readCueBefore and isIdNamedAfter: the ID word elsewhere in the sentence', () => {
  it('reads "number" as an ID number when the sentence named an invoice before it', () => {
    expect(cueOf('la factura que te mandé ayer tiene el número 44120987711')).toBe('id');
    expect(cueOf('the order arrived, my number is 0917 123 4567')).toBe('phone');
  });

  it('reads an ID word with "number" right after the run', () => {
    const text = '5512093341 ist die Rechnungsnummer';
    expect(isIdNamedAfter(text, 10)).toBe(true);
    expect(isIdNamedAfter('0917 123 4567, call me', 12)).toBe(false);
  });
});
