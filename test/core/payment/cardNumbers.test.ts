// @vitest-environment node
import { findCardNumbers, findDisguisedCardNumbers } from '../../../src/core/payment/cardNumbers';
import { isCardNumber, passesLuhn } from '../../../src/core/payment/luhn';

const cards = (text: string) => findCardNumbers(text).map((span) => [text.slice(span.from, span.to), span.validated]);

describe('passesLuhn / isCardNumber', () => {
  it.each(['4111111111111111', '5555555555554444', '378282246310005', '30569309025904', '6011000400000000', '3528000700000000', '122000000000003', '4222222222222'])(
    'accepts the test card %s',
    (digits) => {
      expect(isCardNumber(digits)).toBe(true);
    },
  );

  it.each([
    ['4111111111111112', 'Luhn fails'],
    ['0000000000000000', 'no network starts with 0'],
    ['411111111111', 'too short'],
    ['41111111111111111111', 'too long'],
  ])('rejects %s (%s)', (digits) => {
    expect(isCardNumber(digits)).toBe(false);
  });

  it('computes the Luhn checksum', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
    expect(passesLuhn('')).toBe(false);
  });
});

describe('findCardNumbers', () => {
  it.each([
    ['4111111111111111', [['4111111111111111', true]]],
    ['4111 1111 1111 1111', [['4111 1111 1111 1111', true]]],
    ['4111-1111-1111-1111', [['4111-1111-1111-1111', true]]],
    ['3782 822463 10005', [['3782 822463 10005', true]]],
    ['3056 930902 5904', [['3056 930902 5904', true]]],
    ['card 4111 1111 1111 1111 12 27', [['4111 1111 1111 1111', true]]],
    ['my card: 1234 5678 8765 4321', [['1234 5678 8765 4321', false]]],
    ['tarjeta número 1234567887654321', [['1234567887654321', false]]],
    ['номер карты 1234 5678 8765 4321', [['1234 5678 8765 4321', false]]],
    ['kart numaram 1234 5678 8765 4321', [['1234 5678 8765 4321', false]]],
    ['卡号 1234 5678 8765 4321', [['1234 5678 8765 4321', false]]],
    ['на счёт 4111 1111 1111 1111', [['4111 1111 1111 1111', true]]],
  ])('finds %j', (text, expected) => {
    expect(cards(text)).toEqual(expected);
  });

  it.each([
    ['4111 1111-1111 1111', 'mixed separators'],
    ['41 11 11 11 11 11 11 11', 'not grouped like a card'],
    ['1234 5678 9012 3456', 'unlabelled and fails Luhn'],
    ['order 4111111111111111', 'a platform order number'],
    ['ticket #4111111111111111', 'a ticket number'],
    ['+55 11 98456 5666', 'a phone number'],
    ['3.14159265358979323', 'a decimal'],
    ['DE89 3704 0044 0532 0130 01', 'the tail of an IBAN'],
    ['A4111111111111111', 'glued to letters'],
    ['numer zamówienia 4111 1111 1111 1111', 'an order number in Polish'],
    ['номер заказа 4111111111111111', 'an order number in Russian'],
    ['sipariş no 4111 1111 1111 1111', 'an order number in Turkish'],
  ])('ignores %j (%s)', (text) => {
    expect(cards(text)).toEqual([]);
  });
});

describe('findDisguisedCardNumbers', () => {
  const never = () => false;
  const disguised = (text: string, rewritten: (from: number, to: number) => boolean = never) =>
    findDisguisedCardNumbers(text, rewritten).map((span) => text.slice(span.from, span.to));

  it.each([
    ['4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1', '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1'],
    ['4-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1', '4-1-1-1-1-1-1-1-1-1-1-1-1-1-1-1'],
    ['4111.1111.1111.1111', '4111.1111.1111.1111'],
    ['4111_1111_1111_1111', '4111_1111_1111_1111'],
  ])('finds %j', (text, span) => {
    expect(disguised(text)).toEqual([span]);
  });

  it('trusts the spelled-digits view for runs it rewrote, whatever their grouping', () => {
    expect(disguised('41 11, 111 11111 1111')).toEqual([]);
    expect(disguised('41 11, 111 11111 1111', () => true)).toEqual(['41 11, 111 11111 1111']);
  });

  it.each([
    ['4111 1111 1111 1111', 'ordinary grouping is the plain finder\'s job'],
    ['4 1 1 1-1 1 1 1 1 1 1 1 1 1 1 1', 'mixed separators'],
    ['4.1.1.1.1.1.1.1.1.1.1.1.1.1.1.2', 'Luhn fails'],
    ['+4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1', 'a phone prefix'],
  ])('ignores %j (%s)', (text) => {
    expect(disguised(text)).toEqual([]);
  });
});
