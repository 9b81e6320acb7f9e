// @vitest-environment node
import { createBrandRequestFinder } from '../../../src/core/payment/brandRequests';
import { PAYMENT_BRANDS } from '../../../src/core/payment/paymentBrands';

const finder = createBrandRequestFinder(
  PAYMENT_BRANDS.flatMap((brand) => brand.names),
  ['paypal', 'venmo', 'zelle'],
);
const requests = (text: string) => finder.find(text).map((span) => [text.slice(span.from, span.to), span.brand, span.handle]);

describe('createBrandRequestFinder', () => {
  it.each([
    ['pay me via PayPal', [['pay me via PayPal', 'paypal', undefined]]],
    ['you can send it through western union', [['send it through western union', 'western union', undefined]]],
    ['paga con transferencia bancaria', [['paga con transferencia bancaria', 'transferencia bancaria', undefined]]],
    ['bezahl per PayPal', [['bezahl per PayPal', 'paypal', undefined]]],
    ['we accept Wise', [['we accept Wise', 'wise', undefined]]],
    ['venmo me', [['venmo me', 'venmo', undefined]]],
    ['paypal: ana@mail.co', [['paypal: ana@mail.co', 'paypal', 'ana@mail.co']]],
    ['PayPal - ana.b@mail.co.uk', [['PayPal - ana.b@mail.co.uk', 'paypal', 'ana.b@mail.co.uk']]],
    ['my venmo is @ana-b', [['venmo is @ana-b', 'venmo', '@ana-b']]],
    ['venmo id anab', [['venmo id anab', 'venmo', 'anab']]],
    ['zelle me at 555-010-0199', [['zelle me at 555-010-0199', 'zelle', '555-010-0199']]],
  ])('finds %j', (text, expected) => {
    expect(requests(text)).toEqual(expected);
  });

  it.each([
    ['paypal is better than wise', 'an opinion, no handle'],
    ['my paypal is blocked', 'a status word, not a handle'],
    ['I did a paypal integration', 'skills talk'],
    ['PayPal API and Wise sdk', 'skills talk'],
    ['the payment system uses PayPal', 'no pay verb: "payment" is not "pay"'],
    ['be wise with money', 'an ordinary word'],
    ['pay me. PayPal is down', 'the verb is in another sentence'],
  ])('ignores %j (%s)', (text) => {
    expect(requests(text)).toEqual([]);
  });
});
