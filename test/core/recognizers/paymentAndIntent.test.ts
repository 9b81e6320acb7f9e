// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';
import { identifyCryptoAddress } from '../../../src/core/payment/cryptoAddress';
import { readIban } from '../../../src/core/payment/iban';
import { isCardNumber } from '../../../src/core/payment/luhn';

const detector = createDetector();
const kinds = (text: string) => detector.detect(text).map((match) => match.kind);

describe('payment recognizer', () => {
  it.each([
    ['paypal.me/ana', 'paypal'],
    ['paypal: ana@mail.co', 'paypal'],
    ['pay me via PayPal', 'paypal'],
    ['venmo @ana-b', 'venmo'],
    ['send $anab on cash app', 'cashapp'],
    ['zelle to ana@mail.co', 'zelle'],
    ['send the money through Wise', 'wise'],
    ['pay with Amazon gift cards', 'gift-card'],
    ['NL91 ABNA 0417 1643 00', 'iban'],
    ['DE89370400440532013000', 'iban'],
    ['4111 1111 1111 1111', 'card'],
    ['my card: 1234 5678 8765 4321', 'card'],
    ['16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ', 'bitcoin'],
    ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'bitcoin'],
    ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'ethereum'],
    ['TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'usdt-trc20'],
    ['págame por Zelle', 'zelle'],
  ])('finds %j', (text, platform) => {
    expect(detector.detect(text)).toEqual([expect.objectContaining({ kind: 'payment', platform })]);
  });

  it.each([
    'pay me outside the platform to save fees',
    "I'll give you a discount if you pay directly",
    'bank transfer to my account',
    'paga por fora da plataforma',
    'payez-moi directement',
    'zahl mich direkt',
    'pagami fuori dalla piattaforma',
    'bayar langsung ke rekening saya',
  ])('finds the off-platform payment request in %j', (text) => {
    expect(kinds(text)).toContain('payment');
  });

  it.each([
    'the budget is $1,500',
    'we can do 2000-3000 USD',
    '$50/hr is fine',
    'payment through the platform please',
    "I'll pay via the milestone",
    'the escrow released the payment',
    'I did a paypal integration project',
    'tracking 1234 5678 9012 3456',
    'echo $HOME in bash',
    "I don't accept payment outside the platform",
    'please don\'t ask me to pay outside',
    'hash 8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189',
  ])('does not report %j', (text) => {
    expect(kinds(text)).not.toContain('payment');
  });

  it('validates instruments with their checksums', () => {
    expect(readIban('GB29NWBK60161331926819')).toBe('GB29NWBK60161331926819');
    expect(readIban('GB29NWBK60161331926818')).toBeUndefined();
    expect(isCardNumber('4111111111111111')).toBe(true);
    expect(isCardNumber('4111111111111112')).toBe(false);
    expect(identifyCryptoAddress('16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2')).toBeUndefined();
    expect(identifyCryptoAddress('0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toBeUndefined();
    expect(identifyCryptoAddress('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr')).toBeUndefined();
  });

  it('knows payment brands an integrator adds', () => {
    const custom = createDetector({ paymentBrands: [{ id: 'pagofacil', names: ['pagofacil'] }] });
    expect(custom.detect('pagofacil: ana_b')[0]).toMatchObject({ kind: 'payment', platform: 'pagofacil' });
  });
});

describe('intent recognizer', () => {
  it.each([
    ["let's continue on WhatsApp", 'whatsapp'],
    ['text me', undefined],
    ["what's your number?", undefined],
    ['send me your email', undefined],
    ['the interview will be on Telegram', 'telegram'],
    ['add me on Skype', 'skype'],
    ["let's talk outside the platform", undefined],
    ['escríbeme al WhatsApp', 'whatsapp'],
    ['me passa seu número', undefined],
    ['ajoute-moi sur Telegram', 'telegram'],
    ['schreib mir auf WhatsApp', 'whatsapp'],
    ['scrivimi su WhatsApp', 'whatsapp'],
    ['hubungi saya di WA', 'whatsapp'],
  ])('finds %j', (text, platform) => {
    const [match] = detector.detect(text);
    expect(match?.kind).toBe('intent');
    expect(match?.platform).toBe(platform);
  });

  it.each([
    'I built a Telegram bot',
    '5 years of WhatsApp API work',
    'I run Instagram ads',
    'I integrated the Zoom SDK',
    "I don't work outside the platform",
    "I won't share my number before the contract",
    'we can share emails once the contract starts',
    "the platform says we can't exchange phone numbers",
    'is it allowed to talk on WhatsApp?',
    'text me here in the chat',
    'the API call failed',
  ])('does not report %j', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('matches phrases an integrator adds', () => {
    const custom = createDetector({ intentPhrases: ['ping me on the other app'] });
    expect(custom.detect('Ping me on the other app')[0]?.kind).toBe('intent');
  });
});
