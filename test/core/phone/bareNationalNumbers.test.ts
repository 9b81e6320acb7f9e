// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';
import { isBareNationalMobile } from '../../../src/core/phone/bareNationalShapes';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const phones = (text: string) => detector.detect(text).filter((match) => match.kind === 'phone').map((match) => match.text);

describe('phone: national mobiles typed at home, no "+", no trunk 0, no country hint', () => {
  it.each([
    ['9988776655', 'India'],
    ['15912345678', 'China'],
    ['31987654321', 'Brazil'],
    ['89031234567', 'Russia with its trunk 8'],
    ['9031234567', 'Russia without it'],
    ['3201234567', 'Italy'],
    ['655432198', 'Spain'],
    ['698765432', 'Poland'],
    ['5512345678', 'Mexico'],
    ['4155550123', 'US'],
    ['8801712345678', 'Bangladesh with its country code, no "+"'],
    ['919876543210', 'India with its country code, no "+"'],
  ])('%s is a mobile number (%s)', (digits) => {
    expect(isBareNationalMobile(digits)).toBe(true);
  });

  it.each(['1234567890', '0000000000', '12345678', '123456789012345', '1112223333'])('%s is not', (digits) => {
    expect(isBareNationalMobile(digits)).toBe(false);
  });

  it.each([
    ['cualquier cosa 5512345678 es el de mi mamá', '5512345678'],
    ['koi problem ho to 9988776655 papa ka number hai', '9988776655'],
    ['有事找我妈15912345678', '15912345678'],
    ['w razie czego 698 765 432 to tata', '698 765 432'],
    ['612 34 56 78 escríbeme', '612 34 56 78'],
  ])('finds the number in %j', (text, number) => {
    expect(phones(text)).toEqual([number]);
  });

  it.each([
    ['655, eso es movistar, 43 21 98', '655, eso es movistar, 43 21 98'],
    ['набери 8 925, это мегафон, 444 55 66', '8 925, это мегафон, 444 55 66'],
  ])('finds a number said in parts with a remark between them: %j', (text, number) => {
    expect(phones(text)).toEqual([number]);
  });

  it.each([
    'Rechnungsnr. RE-2024-0311 ist raus, Zahlungsziel 14 Tage',
    'etapy: projekt 800 zł, wdrożenie 2 000 zł, poprawki 400 zł',
    'between 2019 and 2023 I sold 4500 units',
    'Rs 15000 - 20000 monthly, 2BHK',
    'PNR 2345678901, coach B2 seat 45',
    'Hóa đơn số 0001234567 đã xuất',
    'zamówienie 698765432 wysłane',
    'pedido 5512345678 entregado',
    '80.585 [79.964]',
    'bus 8,22,65,61,66,382 from here',
    'harga 2500000000 nego',
    'budget 5000000000 rupiah',
    'OR no. 0912345678 po yung resibo',
  ])('leaves %j alone', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
