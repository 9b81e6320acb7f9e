// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

// An IBAN-shaped code whose checksum fails (made up or mistyped) is a payment in a sentence that pays.
const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const payments = (text: string) => detector.detect(text).filter((match) => match.kind === 'payment');

describe('an IBAN whose checksum fails', () => {
  it.each([
    ['bitte die Kaution auf DE12 5001 0517 0648 4898 91 überweisen', 'DE12 5001 0517 0648 4898 91'],
    ['paga la señal a ES12 2100 0418 4502 0005 1332', 'ES12 2100 0418 4502 0005 1332'],
  ])('is read in a sentence that pays: %j', (text, iban) => {
    expect(payments(text).map((match) => match.text)).toContain(iban);
  });

  it.each(['Bestellnummer DE12 5001 0517 0648 4898 91 ist unterwegs', 'serial GB29 NWBK 6016 1331 9268 18 on the back of the router'])(
    'is left alone without a paying word: %j',
    (text) => {
      expect(payments(text)).toEqual([]);
    },
  );
});

describe('airtime and store vouchers', () => {
  it.each([
    ['অ্যাডভান্স হিসেবে ৩০০ টাকার ফ্লেক্সিলোড পাঠান', 'ফ্লেক্সিলোড'],
    ['फ्लिपकार्ट गिफ्ट वाउचर चलेगा क्या?', 'गिफ्ट वाउचर'],
    ['ایڈوانس کے طور پر 300 کا لوڈ کروا دیں', 'لوڈ'],
    ['这次能用以太坊付吗', '以太坊'],
  ])('%j', (text, word) => {
    expect(payments(text).map((match) => match.text).join(' ')).toContain(word);
  });
});
