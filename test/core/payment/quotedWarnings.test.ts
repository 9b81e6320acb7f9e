// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const payments = (text: string) => detector.detect(text).filter((match) => match.kind === 'payment');

describe('a quoted request with a vanishing word is a warning', () => {
  it.each([
    "ojo, a mí uno me escribió 'mandame el 30% por Bizum y compro los materiales' y desapareció, solo pagá en la app",
    "dhyan se, ek banda bola 'GPay pe 30% bhejo, main material le aunga' aur gayab ho gaya — sirf app me pay karo",
    "احتیاط، ایک بندے نے لکھا 'ایزی پیسہ پر 30% بھیجو، میں سامان خریدوں گا' اور غائب ہو گیا — صرف ایپ میں ادائیگی کریں",
    'one guy said "transfer the deposit to my Revolut" and then vanished, here everything goes through the platform',
  ])('leaves %j alone', (text) => {
    expect(payments(text)).toEqual([]);
  });

  it.each([
    // No quote: the vanishing word is about something else and the request stands.
    'the parcel disappeared, so send the refund by Bizum',
    'mi primo desapareció, mandame el 30% por Bizum',
  ])('still reads %j as payment', (text) => {
    expect(payments(text)).not.toEqual([]);
  });
});
