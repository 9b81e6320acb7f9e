// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';
import { checkMessage } from '../../../src/core/policy/checkMessage';
import type { ContractState } from '../../../src/core/policy/policyTypes';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const kinds = (text: string) => detector.detect(text).map((match) => match.kind);
const decide = (text: string, contractState: ContractState, history?: string[]) =>
  checkMessage(text, { contractState, detector, ...(history ? { history } : {}) }).decision;

describe('honest talk about payment stays clean', () => {
  it.each([
    'fyi paying outside the site is against the rules here so I\'ll only take it through the booking page',
    'pagar por fuera está prohibido acá, así que la seña la hacemos por la plataforma',
    'Payer en dehors de la plateforme c\'est interdit ici, donc la caution passe par le site',
    'wiem, że płatności poza serwisem są tu zabronione, więc kaucję wpłacę przez stronę',
    'yahan platform ke bahar payment karna allowed nahi hai, isliye advance site se hi bhejunga',
    'এখানে প্ল্যাটফর্মের বাইরে পেমেন্ট নিষেধ, তাই অ্যাডভান্স সাইট থেকেই দেব',
    'ở đây cấm thanh toán ngoài nền tảng nên tiền cọc mình chuyển qua web nhé',
    '这里不允许平台外付款，所以押金我还是走平台吧',
  ])('talk about the rule is not a request: %j', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each([
    ['I know it\'s not allowed but pay me in cash and I\'ll knock off 20', 'contrast'],
    ['sé que está prohibido, pero págame en efectivo y te hago descuento', 'comma and contrast'],
  ])('a request after the rule still counts: %j (%s)', (text) => {
    expect(kinds(text)).toContain('payment');
  });

  it.each([
    'I can drop it off outside at 5',
    'leave it by the side door, outside the garage, around 5ish — gate code 4471',
  ])('a place outside is not paying outside: %j', (text) => {
    expect(decide(text, 'active')).toBe('allow');
    expect(kinds(text)).toEqual([]);
  });

  it.each([
    "if you book me directly I'll take 20% off",
    "I'd rather go direct, it works out cheaper for you too",
    'si lo hacemos por fuera te cobro menos',
  ])('a bare way out with a price cut in its sentence still asks: %j', (text) => {
    expect(kinds(text)).toContain('payment');
  });

  it.each([
    'wag mo na akong padalhan ng tip sa Maya, okay na yung review',
    'PayPayでチップとか送らなくて大丈夫です、レビューだけで嬉しいです',
  ])('a refusal that opens its clause refuses the whole clause: %j', (text) => {
    expect(decide(text, 'ended')).toBe('allow');
  });

  it.each([
    'el código llama a telegram.sendMessage cuando termina el pedido',
    'टेलीग्राम बॉट का कोड main_bot.py में है, बाकी config.json में',
  ])('a software code is not a voucher: %j', (text) => {
    expect(kinds(text)).not.toContain('payment');
  });

  it.each(['ok, kod pocztowy 00-950, zamówienie 5521', 'kode pagar 6611'])(
    'a code word pays only beside a cue of its own language: %j',
    (text) => {
      expect(decide(text, 'active')).toBe('allow');
      expect(kinds(text)).not.toContain('payment');
    },
  );

  it.each(['wyślij mi kod, zapłacę resztę', 'kirim kodenya aja, nanti aku bayar sisanya'])('a code sent for paying still counts: %j', (text) => {
    expect(kinds(text)).toContain('payment');
  });

  it('keeps a top-up code a voucher', () => {
    expect(kinds('compra una recarga de saldo y mándame el pin por aquí')).toContain('payment');
  });

  it.each(['insta pe main jaldi reply karta hu', 'main roz 10 ghante kaam karta hu, deadline se pehle file de dunga'])(
    'Hinglish "karta" (does) is not Polish "karta" (card): %j',
    (text) => {
      expect(kinds(text)).not.toContain('payment');
    },
  );

  it('an email next to a payment receipt stays an email after the contract', () => {
    const text = 'o recibo do pagamento está no meu e-mail ana.souza@outlook.com, te encaminho se precisar';
    expect(kinds(text)).toEqual(['email']);
    expect(decide(text, 'ended')).toBe('allow');
  });
});

describe('ID cues read by the language of the number', () => {
  it.each([
    ['deixa na portaria, do lado de fora, às 17h. CEP 04538-132, apto 71', []],
    ['CEP certo é 01310-100?', []],
    ['cep 0532 123 45 67 ara beni', ['phone']],
    ['cep: 0535 (turkcell) 662 14 08', ['phone']],
  ])('%j', (text, expected) => {
    expect(kinds(text).filter((kind) => kind !== 'intent')).toEqual(expected);
  });

  it.each([
    'cuál es tu número de pedido? no me aparece en la app',
    'आपका ऑर्डर नंबर क्या है? मुझे नहीं मिला',
    'sipariş numaran neydi? bulamadım',
    'آپ کا آرڈر نمبر کیا ہے؟ مجھے نہیں مل رہا',
  ])('an ask for an order number is not an ask for contact: %j', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('still reads an ask for a phone number', () => {
    expect(kinds('podasz numer, pod którym cię złapię na chwilę?')).toContain('intent');
  });
});

describe('prices haggled over several messages', () => {
  it('are not a phone split over messages', () => {
    expect(decide('then 380', 'none', ['price was 450', 'then 420'])).toBe('allow');
    expect(decide('luego 380', 'none', ['precio 450', 'bueno 420'])).toBe('allow');
  });

  it('a number in bare pieces after one sentence still is', () => {
    expect(decide('0188', 'none', ['my cell is 646', '555'])).toBe('block');
    expect(decide('o 3 8 one', 'none', ['nine 1 7', 'four four two'])).toBe('block');
  });
});

describe('a call through the app stays on the platform', () => {
  it.each(['ruf mich über die App an wenn du unten bist', "appelle-moi via l'appli quand tu es devant", "chiamami dall'app quando sei al cancello"])('%j', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('a call on another app is still an invitation', () => {
    expect(kinds('call me on whatsapp')).toContain('intent');
  });
});
