// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const payments = (text: string) => detector.detect(text).filter((match) => match.kind === 'payment');

describe('an approved stage: the payment that lands after it is the platform’s', () => {
  it.each([
    'aprobé la segunda etapa, el pago ya debería estar en tu cuenta',
    'tahap kedua udah aku setujui, dananya harusnya udah masuk ke rekeningmu',
    '第2段階を承認しました、お支払いが口座に入るはずです',
    'я принял второй этап, оплата должна прийти вам на счёт',
    'ikinci aşamayı onayladım, ödeme hesabına geçmiş olmalı',
    'وافقت على المرحلة الثانية، المفروض الدفعة توصل حسابك',
    'मैंने दूसरा चरण अप्रूव कर दिया, पेमेंट आपके खाते में आ जाना चाहिए',
  ])('leaves %j alone', (text) => {
    expect(payments(text)).toEqual([]);
  });

  it.each([
    // A way to pay, "the rest" or a "but" after the approval ends its reach.
    'aprobé la segunda etapa, el resto pagámelo por Mercado Pago',
    'aprobé la segunda etapa, pero la tercera mandámela por Mercado Pago a mi alias',
    'I approved the first milestone, but pay the rest to my PayPal',
    'ikinci aşamayı onayladım, kalanını direkt hesabıma havale et',
  ])('still reads %j as payment', (text) => {
    expect(payments(text)).not.toEqual([]);
  });
});

describe('a Vietnamese bank account named after a way out', () => {
  it('reads "chuyển thẳng vào tài khoản ngân hàng mình" as payment', () => {
    expect(payments('nền tảng chậm quá, mốc 2 chuyển thẳng vào tài khoản ngân hàng mình nhé')).not.toEqual([]);
  });
});
