// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';
import { checkMessage } from '../../../src/core/policy/checkMessage';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const payments = (text: string) => detector.detect(text).filter((match) => match.kind === 'payment');

describe('fee avoidance without an instrument', () => {
  it.each([
    // the platform's share named by a take verb next to the platform or a percentage, or as "theirs"
    "the app takes too much, let's sort it between us",
    'зачем им отдавать 15%?',
    'niye onlara %15 verelim ki?',
    'इन्हें 15% क्यों दें?',
    "skip the site's cut and I'll do it for 80",
    'mas mura kung wala yung patong nila',
    'rẻ hơn nếu mình né phí của sàn',
    // a saving for both sides
    'we both save the fee',
    'wär doch günstiger für uns beide ohne die Gebühr von denen, oder?',
    // no middleman
    'no middleman, just you and me',
    '不要中间商，谁都不用付佣金',
    'khỏi qua trung gian, không ai mất hoa hồng',
    // without the platform, and a saving in percent or a lower price for it
    'tanpa aplikasi lebih hemat 20% kak',
    'অ্যাপ ছাড়া করলে ২০% বাঁচবে',
    'lo dejamos en 90 si no pasamos por la app',
    // the rest paid by transfer after a clause about the platform
    'a primeira etapa pelo site e o restante você me manda por transferência',
    'pay the remaining milestones by transfer, it is quicker',
  ])('%j', (text) => {
    expect(payments(text)).not.toEqual([]);
  });

  it('takes the invitation to move along into one payment request', () => {
    const found = detector.detect('lain kali chat aku langsung, skip aplikasinya, potongannya gede');
    expect(found.map((match) => match.kind)).toEqual(['payment']);
    expect(found[0]!.text).toContain('chat aku langsung');
  });

  it('blocks it for people with an active contract too', () => {
    expect(checkMessage('the 15% they take is ridiculous, can we settle privately?', { contractState: 'active', detector }).decision).toBe('block');
  });

  it.each([
    // a percentage next to a discount word is a price
    'te hago un 10% de descuento si reservas 4 clases aquí en la app',
    'скидка 10% если забронируешь 4 урока здесь в приложении',
    'dou 10% de desconto se você reservar 4 aulas aqui no app',
    // honest talk about the fee
    'the platform fee is 10%, it is already in my quote',
    "the site takes 10% from my side, not yours, don't worry",
    'I raised my rate to cover the fee',
    'رفعت سعري شوي عشان أغطي العمولة، بس الدفع لسا من هون',
    // a take verb about something else
    'the app takes a few seconds to load, be patient',
    "it'd honestly be easier to talk outside the app, this chat keeps freezing",
  ])('leaves alone %j', (text) => {
    expect(payments(text)).toEqual([]);
  });
});
