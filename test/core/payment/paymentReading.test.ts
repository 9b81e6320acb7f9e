// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';
import { checkMessage } from '../../../src/core/policy/checkMessage';
import type { ContractState } from '../../../src/core/policy/policyTypes';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const payments = (text: string) => detector.detect(text).filter((match) => match.kind === 'payment');

describe('payment reading', () => {
  describe('reads a detail used to receive money as a payment, keeping the detail', () => {
    it.each([
      ['send the deposit to ana.k@gmail.com via paypal', 'ana.k@gmail.com', 'email'],
      ['Payoneer ko yung email ko na lenbautista.design@gmail.com, dun mo na lang isend', 'lenbautista.design@gmail.com', 'email'],
      ['Wise của em là baotran.ux@gmail.com, anh gửi bonus vào đó nhé', 'baotran.ux@gmail.com', 'email'],
      ['GCash or Maya ok po, 0998 555 1034', '0998 555 1034', 'phone'],
      ['transferencia por Nequi al 300 912 6634 y listo', '300 912 6634', 'phone'],
    ])('%j', (text, detail, kind) => {
      const found = payments(text).find((match) => match.text.includes(detail));
      expect(found).toMatchObject({ kind: 'payment', detailKind: kind });
    });

    it('blocks it in every contract state, with the payment rule', () => {
      for (const contractState of ['none', 'pending', 'active', 'ended'] as ContractState[]) {
        const verdict = checkMessage('tip via PayPal: rakib.ux@gmail.com', { contractState, detector });
        expect(verdict.decision).toBe('block');
        expect(verdict.violations.map((violation) => violation.rule)).toContain('no-off-platform-payment');
      }
    });

    it.each([
      'my gcash is broken lol. call me 0917 555 1234 instead',
      'I will send the invoice to your email ana.k@gmail.com',
      'Send the receipt to ana@gmail.com please',
      'Thanks for the tip! Reach me at +44 7700 900123 anytime',
      'mail ana@mail.co or pay paypal.me/ana',
      'pay me via PayPal or see https://myportfolio.io',
    ])('leaves a detail that is not where money goes as it is: %j', (text) => {
      expect(detector.detect(text).filter((match) => match.detailKind !== undefined)).toEqual([]);
    });
  });

  describe('finds payment IDs written after a rail or an account word', () => {
    it.each([
      ['phone ka paisa is upi pe daalo: sahil7788@paytm', 'sahil7788@paytm'],
      ['Papara no 1948273650, oraya at hemen çıkıyorum', '1948273650'],
      ['security deposit NEFT kar do - a/c 50100234567812, IFSC HDFC0004321', 'HDFC0004321'],
      ['0x3f9A7c21B6e4D8a05Fc2e19bD7a4C6e81F02b9d5 (ERC20 only)', '0x3f9A7c21B6e4D8a05Fc2e19bD7a4C6e81F02b9d5'],
    ])('%j', (text, id) => {
      expect(payments(text).some((match) => match.text.includes(id) && match.value !== undefined)).toBe(true);
    });

    it('reads a wallet handle written after a rail', () => {
      expect(payments('PayPayのIDは yuki_pp22 です').some((match) => match.text === 'yuki_pp22')).toBe(true);
      expect(payments('uang sewa ke BRI a.n. Hendra').some((match) => match.text === 'a.n.')).toBe(false);
    });

    it('does not take an order number for an account', () => {
      expect(payments('الطلب رقم ٥٥٢١٩٠٣٨ اتأكد، هسلمه لبوسطة الاثنين')).toEqual([]);
    });
  });

  describe('finds requests without an instrument, in every family', () => {
    it.each([
      // fee avoidance
      ['Lo cerramos fuera de la página y te ahorras el 15 % de comisión', 'comisión'],
      ['私下交易吧，不走平台省手续费', '手续费'],
      ['site wala 5% service charge kyu dena, seedha mujhe de do', 'service charge'],
      // cash and in person
      ['den Rest dann einfach bar auf die Hand', 'bar auf die Hand'],
      ['деньги наличными при встрече у метро, через авито доставку не хочу', 'наличными'],
      ['作業後に現金でお支払いいただく形で大丈夫です', '現金'],
      // collecting cash from a gig's customer is not one's own business
      ['aaj ki delivery ka paisa customer se cash le lena, app me online mat dikhana', 'cash'],
      // remaining milestones elsewhere
      ['milestone berikutnya bayar diluar app aja ya', 'diluar'],
      ['Phần còn lại anh chuyển ngoài cho e, trên app đang lỗi thanh toán', 'chuyển ngoài'],
      // asking for payment details
      ['Could you share your bank details? I will pay the final invoice', 'bank details'],
      ['你把银行卡号和开户行发我一下', '银行卡号'],
      ['kart numaranı ve son kullanma tarihini yazar mısın', 'kart numara'],
      // crypto
      ['Accept BTC or ETH, ERC20 USDT also fine', 'USDT'],
      ['收U吗？波场链', '波场'],
      // gift cards and vouchers
      ['pls pay with steam cards, send me the codes', 'steam card'],
      ['przyjmiesz kartę podarunkową Zalando za 200 zł?', 'kartę podarunkową'],
      // friends and family
      ['Send as friends & family sa PayPal para walang kaltas', 'friends & family'],
      // rails of many markets
      ['hazme bizum y mañana te lo mando', 'bizum'],
      ['বেতন বিকাশে দিয়েন', 'বিকাশে'],
      ['Pa-send na lang po sa GCash', 'GCash'],
      ['PayPayの送金リンク送るので', 'PayPay'],
      ['Hast du Wero?', 'Wero'],
      // a rail named with an ask word, or in a list of rails
      ['phonepe kar dena kaam ke baad', 'phonepe'],
      ['GoPay aja kak abis kerjaan selesai', 'GoPay'],
      ['作業後に楽天ペイでお願いします', '楽天ペイ'],
      ['Nequi o Daviplata, como prefieras', 'Nequi'],
      // a weak rail asked about, with the paying word in the next sentence; a question tag is no refusal
      ['may Maya ka ba? tip ko sayo', 'Maya'],
      ['ada OVO gak? mau kasih tip', 'OVO'],
      // keeping the money between ourselves; a negation in a question suggests
      ['the 20% commission kills me, any chance we keep the money side between ourselves?', 'between ourselves'],
      ['die Provision ist echt heftig, können wir das nicht unter uns regeln?', 'unter uns'],
      // a fee saved while paying, a negation on the fee itself
      ['si me transfieres a mí te ahorras el cargo de gestión', 'cargo de gestión'],
      ['kalau transaksi di luar aplikasi kita nggak kena potongan admin', 'di luar'],
      // whose name the account is in; an ask for contact that names an account
      ['em nome de quem tá a conta? quero mandar um extra', 'em nome de quem'],
      ['hesap kimin adına? biraz ekstra göndereyim', 'kimin adına'],
      ['qual o número da sua conta e agência? vou fazer um TED', 'conta'],
      // the platform's percentage named and avoided
      ['why give the app 15%? just send it to me', '15%'],
      ['зачем отдавать сайту 20%, давай напрямую', '20%'],
      ['何必给平台20%，直接转我', '20%'],
      // asking where to send the money
      ['where do I send the money?', 'send the money'],
      ['куда перевести деньги?', 'куда'],
      ['どこに振り込めばいいですか？', 'どこに'],
      // crypto in Cyrillic
      ['оплата в юсдт трц20 устроит?', 'юсдт'],
    ])('%j', (text, cue) => {
      const found = payments(text);
      expect(found.some((match) => match.text.includes(cue))).toBe(true);
    });
  });

  describe('leaves honest payment talk alone', () => {
    it.each([
      // own business
      'Most of my clients on my Etsy shop pay through PayPal, so I know the checkout flow well',
      'I miei clienti mi pagano con bonifico sul conto aziendale, mi serve solo il gestionale',
      '我家小店现在收款都用微信和支付宝，客人很少给现金',
      // refusals
      'Please don\'t Venmo me, just buy it through the site so we\'re both protected',
      'না ভাই, বাইরে টাকা নিব না, অর্ডার অ্যাপ থেকেই দেন',
      'Ich zahle nie per PayPal Freunde, nur über die Plattform.',
      '不用给我转账哈，按平台里程碑走就好',
      // quoted scams and warnings
      'Cuidado con uno que dice "mándame tarjetas de regalo y te envío el móvil", es un timo',
      'Never send money via Zelle to people you don\'t know, it\'s a scam.',
      // the platform's own payment
      'I\'ve funded milestone 2 in escrow, you can start whenever',
      'I would pay directly through the platform',
      '仮払いを確認しました、作業開始します',
      // rails as a topic or a remark
      'I build Stripe and PayPal integrations for Shopify stores.',
      'venmo is great',
      'my paypal is blocked',
      'how can I save fees?',
      'paypal is better than wise',
      'where do I pay for the boost in the app?',
      'where is the apartment? I paid the deposit already',
      'Our guests usually pay by Venmo at check-in, I need that in the welcome guide',
      'the app takes 20% of each booking, that\'s how it works',
      'I got 20% off on the app yesterday',
      // design or development work that names rails
      'for the bakery site, we accept Venmo and Zelle at the counter, please add both logos to the footer',
      'estoy armando una app que se conecta con Mercado Pago para cobrar suscripciones, busco dev backend',
      // refusals with "no need", a verb negated inside (Turkish), a negation after the object (Urdu)
      'merci mais pas la peine de me donner un pourboire par Lydia, la note suffit',
      'nakit almıyorum, uygulamadan öde',
      "IBAN'a havale yapmayın, site üzerinden ödeyin",
      'Bana elden nakit vermeyin, uygulamadan ödeyin',
      'مجھے جاز کیش پر پیسے نہ بھیجیں، سب پلیٹ فارم سے ہوگا',
      'makasih, tapi gak usah kirim tip ke DANA aku, rating aja udah cukup',
      'Can you make the logo in cash-register green?',
    ])('%j', (text) => {
      expect(payments(text)).toEqual([]);
    });

    it('knows the integrator\'s own payment features', () => {
      const text = 'Pay the rest with SafePay directly, it is quicker';
      expect(payments(text)).not.toEqual([]);
      const market = createDetector({ platformPayment: ['SafePay'] });
      expect(market.detect(text).filter((match) => match.kind === 'payment')).toEqual([]);
    });
  });
  describe('a negation negates only in its own language', () => {
    it.each([
      // German "ne" is "eine", not the French negation
      ['schick mir einfach ne Überweisung per PayPal, geht schneller', 'PayPal'],
      ['ne PayPal Zahlung wäre besser', 'PayPal'],
    ])('a request with another language\'s negation word: %j', (text, cue) => {
      expect(payments(text).some((match) => match.text.includes(cue))).toBe(true);
    });

    it.each(["Ne m'envoie pas d'argent sur Paylib stp", 'Ne m’envoie rien sur Lydia, tout passe par le site'])('a refusal in its own language: %j', (text) => {
      expect(payments(text)).toEqual([]);
    });
  });

  describe('second-round mechanisms', () => {
    it.each([
      'the banner said "payment outside the platform" and I ignored it, anyway the file is ready',
      "apareceu 'pagamento fora da plataforma' no aviso, nem entendi",
      '「サイト外決済」って警告が出ました、何だろう',
    ])('a quoted wording is not a request: %j', (text) => {
      expect(payments(text)).toEqual([]);
    });

    it('a quoted instrument still is one', () => {
      expect(payments("send it as 'friends and family' on paypal please")).not.toEqual([]);
    });

    it.each([
      'I got a gift card for my birthday, used it on textbooks haha',
      'mi hermana me regaló una tarjeta regalo de Zara jaja',
      '生日收到一张购物卡，拿去买书了',
    ])('a gift card one was given is not a way to pay: %j', (text) => {
      expect(payments(text)).toEqual([]);
    });

    it.each(['I got a gift card, can you pay me with it?', 'can you pay with a steam wallet code?'])('a gift card to pay with is: %j', (text) => {
      expect(payments(text)).not.toEqual([]);
    });

    it.each([
      'honestly theres no point feeding them 20% lets just settle up ourselves',
      'die Plattform muss ja nicht mitverdienen, regeln wir das unter uns',
      'без комиссии площадки выйдет дешевле, договоримся сами',
    ])('avoiding the platform\'s cut and settling between us is fee avoidance: %j', (text) => {
      expect(payments(text)).not.toEqual([]);
    });

    it.each(['তোমার নগদ নাম্বারটা দাও', 'اپنا ایزی پیسہ نمبر بھیجو'])('an ask for a wallet\'s number asks for payment details: %j', (text) => {
      expect(payments(text)).not.toEqual([]);
    });

    it('an ask for a number right after a question about a wallet asks for its number', () => {
      expect(payments('masz blika? daj numer telefonu do przelewu').some((match) => match.text.includes('numer'))).toBe(true);
    });

    it('an ask for a number after a question about a messaging app stays an ask for contact', () => {
      expect(detector.detect('masz whatsappa? daj numer telefonu').map((match) => match.kind)).not.toContain('payment');
    });

    it.each(['আপনার সাথে যোগাযোগের অন্য কোনো উপায় আছে?', 'liat di ig kamu jual sepatu ukuran 42.5, masih ada?'])('ordinary words that look like a rail are not one: %j', (text) => {
      expect(payments(text)).toEqual([]);
    });
  });

  describe('asks for payment details by naming them', () => {
    it.each([
      ['minta nomor ovo nya dong', 'nomor ovo'],
      ['send me your Pix key', 'Pix key'],
      ['ارسل لي رقم المحفظة', 'رقم المحفظة'],
      ['which bank are you with? easier if i just wire it', 'which bank'],
      ['umowa ruszyła, jaki masz bank?', 'jaki masz bank'],
      ['sözleşme başladı, hangi bankadasın?', 'hangi bankadasın'],
      ['hợp đồng bắt đầu rồi, bạn dùng ngân hàng nào?', 'ngân hàng nào'],
      ['你收款账户是哪个？', '账户是哪'],
      ["what's your Venmo?", 'Venmo'],
      ['which number for GCash?', 'number'],
      // The ask for a number ("nomor") is read by the intent reading; the wallet before it makes it a payment.
      ['dana nya ke nomor berapa?', 'ke nomor'],
      ['নগদ কোন নাম্বারে পাঠাবো?', 'কোন নাম্বারে'],
      ['hangi hesaba göndereyim?', 'hangi hesaba'],
      ['dimmi su quale conto ti devo mandare i soldi', 'quale conto'],
    ])('%j', (text, part) => {
      expect(payments(text).some((match) => match.text.includes(part))).toBe(true);
    });

    it('blocks the ask in a pending and an active contract', () => {
      for (const contractState of ['pending', 'active'] as ContractState[]) {
        expect(checkMessage('contract started, which bank are you with?', { contractState, detector }).decision).toBe('block');
      }
    });

    it.each([
      '¿qué tarjeta gráfica tiene?',
      'quelle carte graphique tu as?',
      "where's the nearest bank to the flat?",
      'what number should I call when I arrive?',
      'me di cuenta que el precio subió',
      'tieni conto che il prezzo è fisso',
    ])('leaves which-questions about other things alone: %j', (text) => {
      expect(payments(text)).toEqual([]);
    });

    it.each([
      ['ऑफर स्वीकार करने से पहले एडवांस मेरे खाते में डाल दो', 'खाते'],
      ['offer accept karne se pehle advance mere account me daal do', 'account'],
      ['bago mo tanggapin yung offer, ipadala mo muna yung downpayment sa account ko', 'account'],
      ['接受报价之前，先把定金打到我卡上', '卡'],
    ])('money put into one\'s account before the offer is accepted: %j', (text, part) => {
      expect(payments(text).some((match) => match.text.includes(part))).toBe(true);
    });

    it.each(['hay que pagar la cuenta de la luz', 'ادفع الحساب لو سمحت'])('paying the bill is not an account: %j', (text) => {
      expect(payments(text)).toEqual([]);
    });

    it.each(['গুগল প্লে কার্ডের কোড পাঠান', 'گوگل پلے کارڈ کا کوڈ بھیج دو', 'steam code pls'])('a store\'s card or code is a gift card: %j', (text) => {
      expect(payments(text)).not.toEqual([]);
    });

    it.each(['I bought the memory card on amazon', 'got a steam code for my birthday lol'])('a card bought at a store, or a code one was given, is not: %j', (text) => {
      expect(payments(text)).toEqual([]);
    });

    it('a refusal is not an ask', () => {
      expect(payments("I don't have a gcash number, sorry")).toEqual([]);
    });
  });

  describe('reads more payment IDs after a rail', () => {
    it('an @handle after a wallet', () => {
      expect(payments('Revolut an @maxhandwerk reicht')).toMatchObject([{ text: expect.stringContaining('@maxhandwerk') }]);
    });

    it('a Pix random key', () => {
      const key = '7f3a9c2e-4b1d-4e8a-9f6b-2c5d8e1a0b7c';
      expect(payments(`pix na chave aleatoria ${key}`).some((match) => match.text.includes(key))).toBe(true);
    });

    it('a UPI ID after its label keeps its whole address', () => {
      expect(payments('UPI: rahul.k@okaxis')).toMatchObject([{ text: expect.stringContaining('rahul.k@okaxis') }]);
    });

    it('a UUID with no rail before it is not a payment', () => {
      expect(payments('build id 7f3a9c2e-4b1d-4e8a-9f6b-2c5d8e1a0b7c failed again')).toEqual([]);
    });
  });
});
