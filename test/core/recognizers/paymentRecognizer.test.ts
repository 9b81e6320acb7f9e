// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';
import { identifyCryptoAddress } from '../../../src/core/payment/cryptoAddress';
import { readIban } from '../../../src/core/payment/iban';
import { isCardNumber } from '../../../src/core/payment/luhn';

const detector = createDetector({ kinds: ['payment'] });
const everything = createDetector();
const payments = (text: string) => detector.detect(text).map((match) => match.text);
const kindsIn = (text: string) => everything.detect(text).map((match) => match.kind);

describe('payment recognizer', () => {
  describe('finds validated instruments, with their normalised value', () => {
    it.each([
      ['my iban: DE89 3704 0044 0532 0130 00 thanks', 'DE89 3704 0044 0532 0130 00', 'iban', 'DE89370400440532013000'],
      ['GB82WEST12345698765432', 'GB82WEST12345698765432', 'iban', 'GB82WEST12345698765432'],
      ['iban fr14 2004 1010 0505 0001 3m02 606.', 'fr14 2004 1010 0505 0001 3m02 606', 'iban', 'FR1420041010050500013M02606'],
      ['AL47-2121-1009-0000-0002-3569-8741', 'AL47-2121-1009-0000-0002-3569-8741', 'iban', 'AL47212110090000000235698741'],
      ['card 4111 1111 1111 1111 exp 12/27', '4111 1111 1111 1111', 'card', '4111111111111111'],
      ['5555-5555-5555-4444', '5555-5555-5555-4444', 'card', '5555555555554444'],
      ['amex 3782 822463 10005', '3782 822463 10005', 'card', '378282246310005'],
      ['30569309025904', '30569309025904', 'card', '30569309025904'],
      ['send btc to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'bitcoin', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2'],
      ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'bitcoin', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
      ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'bitcoin', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
      ['taproot bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297', 'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297', 'bitcoin', 'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297'],
      ['eth: 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'ethereum', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed'],
      ['usdt trc20 TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'usdt-trc20', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'],
      ['account number: 123456789', 'account number: 123456789', 'bank-transfer', '123456789'],
      ['rekening BCA 1234567890 a.n. Budi', 'rekening BCA 1234567890', 'bank-transfer', '1234567890'],
      ['SWIFT: DEUTDEFF', 'SWIFT: DEUTDEFF', 'bank-transfer', 'DEUTDEFF'],
    ])('%j', (text, span, platform, value) => {
      const [match, ...rest] = detector.detect(text);
      expect(rest).toEqual([]);
      expect(match).toMatchObject({ kind: 'payment', text: span, platform, value });
      expect(match!.confidence).toBeGreaterThanOrEqual(0.85);
    });

    it('is most confident about checksummed instruments', () => {
      for (const text of ['DE89370400440532013000', '4111111111111111', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed']) {
        expect(detector.detect(text)[0]!.confidence).toBeGreaterThanOrEqual(0.95);
      }
      // An all-lower-case Ethereum address has no checksum to verify.
      expect(detector.detect('0xde709f2102306220921060314715629080e2fb77')[0]!.confidence).toBeLessThan(0.95);
    });

    it('reports a number its writer calls a card even when the checksum fails, with less confidence', () => {
      const [match] = detector.detect('my card: 1234 5678 8765 4321.');
      expect(match).toMatchObject({ platform: 'card', text: '1234 5678 8765 4321', value: '1234567887654321' });
      expect(match!.confidence).toBeLessThan(0.95);
    });

    it.each([
      ['card 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1', '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1'],
      ['4111.1111.1111.1111', '4111.1111.1111.1111'],
      ['cc: 4111 / 1111 / 1111 / 1111', '4111 / 1111 / 1111 / 1111'],
      ['my card is four one one one, one one one one, one one one one, one one one one', 'four one one one, one one one one, one one one one, one one one one'],
    ])('finds the disguised card number in %j and marks it obfuscated', (text, span) => {
      expect(everything.detect(text)).toEqual([expect.objectContaining({ kind: 'payment', platform: 'card', text: span, value: '4111111111111111', obfuscated: true })]);
    });

    it.each(['4111.1111.1111.1112', '3.5, 4.5, 2.5, 5.5, 6.5, 2.0, 1.5, 7', 'v4.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1', '12.03.2025 10:30 and 4.5 stars'])(
      'does not take %j for a disguised card',
      (text) => {
        expect(payments(text)).toEqual([]);
      },
    );

    it('leaves disguised cards alone when the separator and spelled-digit stages are off', () => {
      const plain = createDetector({ kinds: ['payment'], obfuscation: { separators: false, spelledDigits: false } });
      expect(plain.detect('4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1')).toEqual([]);
      expect(plain.detect('4111 1111 1111 1111')).toHaveLength(1);
    });

    it('reads several cards in one run of digits', () => {
      expect(payments('4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881')).toEqual([
        '4012888888881881',
        '4012-8888-8888-1881',
        '4012 8888 8888 1881',
      ]);
    });

    it('reads two IBANs written one after the other', () => {
      expect(payments('DE89 3704 0044 0532 0130 00 GB82 WEST 1234 5698 7654 32')).toEqual([
        'DE89 3704 0044 0532 0130 00',
        'GB82 WEST 1234 5698 7654 32',
      ]);
    });
  });

  describe('finds payment handles and links', () => {
    it.each([
      ['paypal: ana@mail.co', 'paypal: ana@mail.co', 'paypal', 'ana@mail.co'],
      ['send it to my paypal ana@mail.co', 'send it to my paypal ana@mail.co', 'paypal', 'ana@mail.co'],
      ['venmo @ana-b', 'venmo @ana-b', 'venmo', '@ana-b'],
      ['my venmo is anab', 'venmo is anab', 'venmo', 'anab'],
      ['zelle me at ana@mail.co', 'zelle me at ana@mail.co', 'zelle', 'ana@mail.co'],
      ['zelle to +1 555 010 0199', 'zelle to +1 555 010 0199', 'zelle', '+1 555 010 0199'],
      ['cash app $anab', '$anab', 'cashapp', '$anab'],
      ['send $ana_b the deposit', '$ana_b', 'cashapp', '$ana_b'],
      ['minha chave pix é 123.456.789-09', 'chave pix é 123.456.789-09', 'pix', '123.456.789-09'],
      ['paypal.me/anab', 'paypal.me/anab', 'paypal', 'https://paypal.me/anab'],
      ['venmo.com/u/anab', 'venmo.com/u/anab', 'venmo', 'https://venmo.com/u/anab'],
      ['cash.app/$anab', 'cash.app/$anab', 'cashapp', 'https://cash.app/$anab'],
      ['wise.com/pay/me/anab', 'wise.com/pay/me/anab', 'wise', 'https://wise.com/pay/me/anab'],
      ['revolut.me/anab', 'revolut.me/anab', 'revolut', 'https://revolut.me/anab'],
    ])('%j', (text, span, platform, value) => {
      expect(everything.detect(text)).toEqual([expect.objectContaining({ kind: 'payment', text: span, platform, value })]);
    });

    it('reports the whole instruction, not the email inside it', () => {
      expect(everything.detect('paypal: ana@mail.co').map((match) => match.kind)).toEqual(['payment']);
    });

    it('reports a card number as a payment, not a phone', () => {
      expect(everything.detect('4111 1111 1111 1111').map((match) => match.kind)).toEqual(['payment']);
    });
  });

  describe('finds requests to pay outside the platform', () => {
    it.each([
      ['pay me via PayPal', 'pay me via PayPal', 'paypal'],
      ['pay me with payoneer', 'pay me with payoneer', 'payoneer'],
      ['send the money through Wise', 'send the money through Wise', 'wise'],
      ['send via western union', 'send via western union', 'western-union'],
      ['you can pay me in bitcoin', 'pay me in bitcoin', 'bitcoin'],
      ['pay with Amazon gift cards', 'pay with Amazon gift cards', 'gift-card'],
      ['I accept payoneer', 'I accept payoneer', 'payoneer'],
      ['zelle me', 'zelle me', 'zelle'],
      ['págame por Zelle', 'págame por Zelle', 'zelle'],
      ['pay me outside the platform to save fees', 'pay me outside the platform', undefined],
      ["let's avoid the platform fee", 'avoid the platform fee', undefined],
      ["I'll give you a discount if you pay directly", 'discount if you pay directly', undefined],
      ['pay me directly', 'pay me directly', undefined],
      ['bank transfer to my account', 'bank transfer to my account', undefined],
      ['send it to my bank account', 'send it to my bank account', undefined],
      ['here are my bank details', 'my bank details', undefined],
      ['send me iTunes card codes', 'iTunes card codes', undefined],
      ['págame por fuera', 'págame por fuera', undefined],
      ['paga por fora da plataforma', 'paga por fora', undefined],
      ['faz um pix pra mim', 'faz um pix', undefined],
      ['payez-moi directement', 'payez-moi directement', undefined],
      ['vire-moi sur mon compte', 'vire-moi sur mon compte', undefined],
      ['zahl direkt an mich', 'zahl direkt', undefined],
      ['überweise es auf mein Konto', 'überweise es auf mein Konto', undefined],
      ['pagami fuori dalla piattaforma', 'pagami fuori', undefined],
      ['bonifico sul mio conto', 'bonifico sul mio conto', undefined],
      // The account word beside the request widens it (an ask for details joins the recognizer's request).
      ['bayar langsung ke rekening saya', 'bayar langsung ke rekening', undefined],
      ['tf ke rek saya ya', 'tf ke rek saya', undefined],
    ])('%j', (text, span, platform) => {
      const [match, ...rest] = detector.detect(text);
      expect(rest).toEqual([]);
      expect(match).toMatchObject({ kind: 'payment', text: span });
      expect(match?.platform).toBe(platform);
      // A request names no instrument: there is nothing to mask.
      expect(match?.value).toBeUndefined();
      expect(match!.confidence).toBeLessThan(0.85);
    });
  });

  describe('does not report', () => {
    it.each([
      // prices and budgets
      'the budget is $1,500',
      '$50 per hour',
      '$ 20/hr',
      '$50/hr is fine',
      'we can do 2000-3000 USD',
      'we want $USD budget',
      'Pay me $50 for the logo',
      'send me $100 via the milestone',
      // paying through the platform
      'payment through the platform',
      "I'll pay via the milestone",
      'the escrow released the payment',
      'I would pay directly through the platform',
      'pay me directly here on upwork',
      'I will send the payment via the platform',
      // skills talk
      'I did a paypal integration project',
      'I built the PayPal checkout integration',
      'I built a Stripe and PayPal checkout',
      'I have experience with the Wise API',
      'that was a wise decision',
      'paypal is better than wise',
      'venmo is great',
      'my paypal is blocked',
      // refusals
      "I don't accept payment outside the platform",
      "please don't ask me to pay outside",
      'I never pay via Western Union',
      'there are no fees for you',
      'how can I save fees?',
      // IDs and numbers that are not instruments
      'order #4111111111111112',
      'order 4111111111111111',
      'tracking number 1234567890123456',
      'tracking 1234 5678 9012 3456',
      'my upwork account ID 12345678',
      '+55 11 98456 5666',
      'call 0061 4 34 100 206',
      'DE89370400440532013000123',
      'DE89 3704 0044 0532 0130 01',
      '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2',
      'hash 8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189',
      // code
      'echo $HOME to see it',
      'set $PATH to include bin',
      'use $scope.value in the controller',
    ])('%j', (text) => {
      expect(payments(text)).toEqual([]);
    });
  });

  it('knows payment brands and hosts an integrator adds', () => {
    const custom = createDetector({ paymentBrands: [{ id: 'pagofacil', names: ['pago facil'], hosts: ['pagofacil.com'] }] });
    expect(custom.detect('pago facil: ana_b')[0]).toMatchObject({ kind: 'payment', platform: 'pagofacil', value: 'ana_b' });
    expect(custom.detect('pay me via pagofacil')[0]).toMatchObject({ kind: 'payment', platform: 'pagofacil' });
    expect(custom.detect('pagofacil.com/ana')[0]).toMatchObject({ kind: 'payment', platform: 'pagofacil' });
  });

  it('reports offsets into the original text through full-width disguises', () => {
    const text = 'iban ＤＥ８９ ３７０４ ００４４ ０５３２ ０１３０ ００';
    const [match] = detector.detect(text);
    expect(match).toMatchObject({ start: 5, end: text.length, value: 'DE89370400440532013000', obfuscated: true });
    expect(match!.text).toBe(text.slice(5));
  });

  it('respects `kinds`', () => {
    expect(createDetector({ kinds: ['phone', 'email'] }).detect('paypal: ana@mail.co 4111 1111 1111 1111').map((match) => match.kind)).not.toContain('payment');
  });
});

describe('payment recognizer (full detector)', () => {
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
    expect(everything.detect(text)).toEqual([expect.objectContaining({ kind: 'payment', platform })]);
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
    expect(kindsIn(text)).toContain('payment');
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
    expect(kindsIn(text)).not.toContain('payment');
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
