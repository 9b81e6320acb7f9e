// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const payments = (text: string) => detector.detect(text).filter((match) => match.kind === 'payment');

describe("one's own business paid another way, this job on the platform", () => {
  it.each([
    'at my tutoring centre parents pay in cash, but these lessons go through the site like everything here',
    'en mi inmobiliaria los inquilinos pagan con Mercado Pago, pero acá pagás en la app, tranqui',
    'nel mio centro ripetizioni i genitori pagano in contanti, ma queste lezioni passano dal sito',
    'in meiner Nachhilfeschule zahlen die Eltern bar, aber diese Stunden laufen über die Seite',
    'mere coaching centre me parents cash dete hai, lekin ye tuition site ke through hai',
    'di bimbel saya orang tua bayar tunai, tapi les ini lewat situs',
    'ở trung tâm của mình phụ huynh trả tiền mặt, nhưng lớp này đóng qua trang web',
    '我辅导班家长都交现金，但这次家教是通过网站的',
    'うちの塾では保護者の方は現金払いですが、この家庭教師はサイト経由です',
  ])('leaves %j alone', (text) => {
    expect(payments(text)).toEqual([]);
  });

  it.each([
    // No contrast putting this job on the platform: the payers' cash is the arrangement.
    'at my tutoring centre parents pay in cash at the end of each lesson',
    'parents pay in cash, it is easier than the site',
    // The platform clause comes first, the cash after it is the request.
    'the parents book through the site, but pay me in cash',
  ])('still reads %j as payment', (text) => {
    expect(payments(text)).not.toEqual([]);
  });
});
