// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const payments = (text: string) => detector.detect(text).filter((match) => match.kind === 'payment');

describe('"em mãos": an invoice or a parcel in hand is not cash', () => {
  it.each(['NF em mãos, já liberei o marco pela plataforma', 'te entrego em mãos amanhã'])('leaves %j alone', (text) => {
    expect(payments(text)).toEqual([]);
  });

  it.each(['me paga em mãos quando eu entregar', 'o pagamento em mãos na entrega'])('still reads %j as cash', (text) => {
    expect(payments(text)).not.toEqual([]);
  });
});

describe('JazzCash typed "جیز کیش" is the wallet, not cash', () => {
  it('a refusal naming it is left alone', () => {
    expect(payments('براہ کرم میرے جیز کیش یا ایزی پیسہ پر پیسے نہ بھیجیں، سب کچھ ایپ کے ذریعے')).toEqual([]);
  });

  it('a request naming it is a payment', () => {
    expect(payments('میرے جیز کیش پر پیسے بھیج دیں')).not.toEqual([]);
  });
});
