// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const phones = (text: string) => detector.detect(text).filter((match) => match.kind === 'phone');

describe('phone: letters, homophones and number words standing in for digits', () => {
  it.each([
    ['mi numero 6l2 34S 67B', '612345678'],
    ['zalo mình 09o8 1z3 4s6', '0908123456'],
    ['cell 3A7 l23 4S67', '3471234567'],
    ['text 2 won 3 for ate 1 oh 5 to 9', '2134810529'],
    ['no. likh lo: 9 8 for 3 to 1 ate 7 6 5', '9843218765'],
    ['नाइन एट सेवन सिक्स फाइव फोर थ्री टू वन ज़ीरो', '9876543210'],
    ['電話はぜろきゅうぜろ、いちにさんよん、ごろくななはち', '09012345678'],
    ['电话 壹叁捌 壹贰叁肆 伍陆柒捌', '13812345678'],
    ['cp# 09271234567 dun mas mabilis', '09271234567'],
    ['call 8OO-4l2-9S76 anytime', '8004129576'],
    ['携帯はまるきゅうまる、いちにーさんよん、ごーろくななはち', '09012345678'],
    ['mera no. atthanve das pachees chhiyasi ikyavan', '9810258651'],
    ['звони 8 (9l2) 4ЗЗ-10-77', '89124331077'],
    ['ruf an: 0l7l / 2З9 66 104', '017123966104'],
    ['chiamami al 3З9 l23 45б7', '3391234567'],
    ['hubungi 08l3 З9O1 7Og2', '081339017092'],
    ['text me 9 8 l l O 2 3 4 5 6 when ur outside', '9811023456'],
    ['নম্বর জিরো ওয়ান সেভেন ওয়ান টু থ্রি ফোর ফাইভ সিক্স সেভেন এইট', '01712345678'],
    ['نمبر زیرو تھری ون ٹو فور فائیو سکس سیون ایٹ نائن زیرو', '03124567890'],
    ['number ko sero nuwebe uno siyete tres kwatro singko sais siyete otso nuwebe', '09173456789'],
  ])('reads %j as %s', (text, digits) => {
    expect(phones(text).map((match) => match.value)).toEqual([digits]);
  });

  it.each(['WA: 0812-555-77-88', 'wa aku 0812-555-77-88 ya'])('reports the number after a messaging app in %j as a phone, not a handle', (text) => {
    const kinds = detector.detect(text).filter((match) => match.kind !== 'intent').map((match) => match.kind);
    expect(kinds).toEqual(['phone']);
  });

  it.each([
    'iPhone 14 A2881 128GB, battery 89%',
    'Продаю iPhone 12 A2403, 64 ГБ',
    'Bán Samsung A55 SM-A556E, 8/128',
    'sizes 6 to 8 for 2 to 3 kids 1 to 4',
    'I need 2 for 3 days and 1 to 5 people, 4 to 6 hours',
    'Satılık Redmi Note 11 2201117TG, 128 GB',
    'IOl',
    'Galaxy S10e, B2B invoice, Moto G5, RTX 3060',
    'учится в 5б классе, дом 12, кв 45',
    'ওয়ান টু ওয়ান মিটিং কাল',
    'otso na tao, sais na upuan',
    'grid A 3 B 4 C 5 D 6',
    'size S M L, 2 3 4 5 6 7 pieces',
  ])('leaves %j alone', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
