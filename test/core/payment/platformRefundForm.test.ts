// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

// An account named as entered in the platform's own refund form is the platform's payment
// (test/corpus/FORMAT.md, platform-payment); its value written in the chat is still an instrument.
const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const payments = (text: string) => detector.detect(text).filter((match) => match.kind === 'payment');

describe("an account entered in the platform's refund form", () => {
  it.each([
    'done, my IBAN is in the refund form now, support will handle it',
    'metí mi IBAN en el formulario de reembolso, a ver si llega',
    'mis mon IBAN dans le formulaire de remboursement hier',
    'IBAN steht im Erstattungsformular, danke',
    'ho messo l\'IBAN nel modulo di rimborso',
    'IBAN wpisany w formularzu zwrotu',
    'IBAN\'ımı iade formuna yazdım',
    'وضعت الآيبان في نموذج الاسترداد',
    'nomor rekening udah aku isi di form refund',
    'mình đã nhập số tài khoản vào form hoàn tiền rồi',
    '返金フォームに口座を入れました',
    'trên nền tảng có trả bằng thẻ được không?',
  ])('%j', (text) => {
    expect(payments(text)).toEqual([]);
  });

  it('still reads the IBAN itself when it is written in the chat', () => {
    expect(payments('I put my IBAN DE89 3704 0044 0532 0130 00 in the refund form, can you check')).toHaveLength(1);
  });
});
