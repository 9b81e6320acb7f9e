// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';
import { checkMessage } from '../../../src/core/policy/checkMessage';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const payments = (text: string) => detector.detect(text).filter((match) => match.kind === 'payment');

describe('a share of the price sent straight to the speaker (directShare)', () => {
  it.each([
    // a share and a way out of the platform
    'przyjmę ofertę jak tylko wpłacisz połowę bezpośrednio do mnie, poza portalem',
    'offer saya accept kalau setengahnya dibayar langsung ke saya, di luar aplikasi',
    '你先私下打一半款给我，我就接受这个报价',
    // a way out right by the speaker, with money or a share
    'yarısını direkt bana atarsan teklifi hemen kabul ederim, site dışı',
    'i-accept ko yung offer pag binayaran mo na ng kalahati direkta sa akin, labas sa site',
    // "as soon as" is not a negation: the payment outside stays live
    'أقبل العرض أول ما تدفع النص مباشرة لي برا المنصة',
    // a condition on accepting and money sent to the speaker, or a share sent
    'offer tabhi accept karunga jab aadha paisa mujhe bhejoge',
    'kabul etmeden önce yarısını gönder',
    // the rest sent to the speaker
    'mấy đợt còn lại chuyển khoản cho mình nhé',
    // confirming or closing the deal on a condition, with money sent to the speaker
    "I'll confirm your booking once you send me the deposit",
    'chốt đơn khi bạn chuyển cọc cho mình',
    '确认之前先把定金转给我',
  ])('%j is a payment request', (text) => {
    expect(payments(text)).not.toEqual([]);
  });

  it.each([
    'once you accept the offer I\'ll pay the deposit through the site',
    'I\'ll accept the offer as soon as you fund the first milestone',
    'send me the photos directly and I\'ll accept the offer',
    'offer accept karne se pehle mujhe photos bhej do',
    "I'll be outside in half an hour",
    // the speaker charged, not paid: "me cobraron"
    'ya liberé el hito 2, me cobraron un 5% de servicio, ¿es normal?',
    // the platform's own process
    'te confirmo la reserva cuando la plataforma me avise del pago',
    "I'll confirm once you send me the details",
  ])('%j is left alone', (text) => {
    expect(payments(text)).toEqual([]);
  });

  it('blocks a pending offer that asks for half outside', () => {
    const verdict = checkMessage('I accept as soon as you send half directly to me, not through the site', { contractState: 'pending', detector });
    expect(verdict.decision).toBe('block');
  });
});

describe('an account asked for without an instrument (accountAsked)', () => {
  it.each([
    'kis account me bheju?',
    'কোন অ্যাকাউন্টে পাঠাবো?',
    'hangi hesaba göndereyim',
    '¿a qué cuenta te lo mando?',
    'mándame foto de la tarjeta por los dos lados',
    'kart fotoğrafını atar mısın',
    'foto kartu kamu depan belakang ya',
  ])('%j asks for payment details', (text) => {
    expect(payments(text)).not.toEqual([]);
  });

  it.each([
    'which account did you sign up with?',
    'send me a photo of the damage',
    'kis account se login kiya, ye bata do',
  ])('%j is left alone', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('a card named before its store (storeAfterCard)', () => {
  it.each(['puoi pagarmi con una carta Amazon? mi mandi il codice', 'ابعتلي كارت جوجل بلاي بـ ٥٠ دولار وخلاص', 'ممكن تدفع بكود ستيم؟'])('%j is a gift card', (text) => {
    expect(payments(text)).not.toEqual([]);
  });

  it.each(['mi cuenta de Amazon está bloqueada desde ayer', 'compré una tarjeta de memoria en Amazon'])('%j is left alone', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('a rail with a sum beside it (railAmount)', () => {
  it.each(['para apartar la fecha necesito el 30% por Mercado Pago', 'pra fechar eu preciso de 50% adiantado no meu pix'])('%j pays that way', (text) => {
    expect(payments(text)).not.toEqual([]);
  });

  it.each(['my shop gets 40% of sales through Mercado Pago', 'Venmo was down for 2 hours yesterday, weird'])('%j is left alone', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('the frame words as trie labels', () => {
  it.each([
    // a frame word that starts with a paying word pays like it
    ['どこに振り込めばいいですか？', true],
    // a sending word before a rail leaves the rail to be read
    ['mando o pix de 200 agora?', true],
    // "as soon as" hides the "not" inside it
    ['أقبل العرض أول ما تدفع النص مباشرة لي برا المنصة', true],
  ])('%j keeps its payment cues (a payment: %s)', (text, isPayment) => {
    expect(payments(text).length > 0).toBe(isPayment);
  });
});
