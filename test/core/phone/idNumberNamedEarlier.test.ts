// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readCueBefore } from '../../../src/core/phone/readCueBefore';

const cueOf = (text: string) => readCueBefore(text, text.search(/\d/));

describe('readCueBefore: an ID number named earlier in the sentence', () => {
  it.each([
    ["for the electricity you'll need the customer no. at the power company: 0041-778200"],
    ['para la luz necesitas el nº de cliente de la compañía eléctrica: 0041-778200'],
    ['para sa kuryente kailangan mo yung customer no. sa Meralco: 0041-778200'],
    ['बिजली के लिए बिजली कंपनी का कस्टमर नंबर चाहिए: 0041-778200'],
    ['বিদ্যুতের জন্য ডেসকোর কাস্টমার নম্বর লাগবে: 0041-778200'],
    ['customer no. 0041-778200'],
  ])('%s is an ID', (text) => {
    expect(cueOf(text)).toBe('id');
  });

  it.each([
    // A customer word without "number" by it names no ID: a hotline is still a phone.
    ['Customer Services 08717205546'],
    ['the customer was happy, 0041-778200'],
  ])('%s is not an ID', (text) => {
    expect(cueOf(text)).not.toBe('id');
  });

  it('still reads a phone cue right before the number', () => {
    expect(cueOf('my customer no. is on the bill, call me at 0041-778200')).toBe('phone');
  });
});

describe('readCueBefore: a Japanese postcode', () => {
  it.each([['7B、2階、郵便番号150-0001'], ['郵便番号 150-0001 東京都渋谷区']])('%s is an address number', (text) => {
    expect(readCueBefore(text, text.indexOf('150'))).toBe('id');
  });
});

describe('readCueBefore: carriers and part words name the number after them', () => {
  it.each([
    ['heute verschickt, Hermes 1234 5678 9012 34'],
    ['spedito oggi, BRT segnacollo 0847 1234 5678 90'],
    ['رقم القطعة 5304-0912 يركب'],
    ['পার্ট নম্বর 5304-0912 লাগবে'],
    ['پارٹ نمبر 5304-0912 فٹ ہوگا'],
  ])('%s is an ID', (text) => {
    expect(cueOf(text)).toBe('id');
  });
});
