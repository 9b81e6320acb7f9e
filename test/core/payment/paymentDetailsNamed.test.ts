// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';
import { checkMessage } from '../../../src/core/policy/checkMessage';

// Payment details asked for by their nouns (a card's data, a wallet's address), and gift cards
// one bought for someone, in the languages of the corpus.
const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const payments = (text: string) => detector.detect(text).filter((match) => match.kind === 'payment');
const decision = (text: string) => checkMessage(text, { contractState: 'pending', detector }).decision;

describe('payment details named by their nouns', () => {
  it.each([
    ['just give me your card info and the deposit is on me to sort', 'card info'],
    ['me pasas los datos de tu tarjeta para cobrarte la reserva?', 'datos de tu tarjeta'],
    ['preciso dos dados do seu cartão pra segurar a data', 'dados do seu cartão'],
    ['donne-moi les infos de ta carte pour la caution', 'infos de ta carte'],
    ['schreib mir kurz deine Kartendaten für die Kaution', 'Kartendaten'],
    ['dammi i dati della tua carta per la caparra', 'dati della tua carta'],
    ['kart bilgilerini yazar mısın, kaporayı çekeyim', 'kart bilgilerini'],
    ['ارسل بيانات بطاقتك عشان العربون', 'بيانات بطاقتك'],
    ['कार्ड की जानकारी दे दो, बुकिंग कर दूंगा', 'कार्ड की जानकारी'],
    ['card ki details do na, booking kar deta hu', 'card ki details'],
    ['কার্ডের তথ্য দাও, বুকিং করে দিই', 'কার্ডের তথ্য'],
    ['کارڈ کی تفصیلات دو، بکنگ کر دیتا ہوں', 'کارڈ کی تفصیلات'],
    ['kirim data kartu ya buat DP', 'data kartu'],
    ['gửi thông tin thẻ để mình giữ chỗ', 'thông tin thẻ'],
    ['把银行卡信息发我，我帮你订', '银行卡信息'],
    ['カード情報を教えてもらえれば予約しておきます', 'カード情報'],
  ])('%j', (text, noun) => {
    const found = payments(text);
    expect(found.map((match) => match.text).join(' ')).toContain(noun);
    expect(decision(text)).toBe('block');
  });

  it.each([
    ["envoie-moi l'adresse de ton wallet, je te paie en USDT", "adresse de ton wallet"],
    ['pásame la dirección de tu wallet y te mando los USDT', 'dirección de tu wallet'],
    ['скинь адрес кошелька, переведу USDT', 'адрес кошелька'],
    ['podeslij adres portfela, wyślę USDT', 'adres portfela'],
    ['gửi địa chỉ ví đi mình chuyển USDT', 'địa chỉ ví'],
    ['钱包地址发一下，我转USDT', '钱包地址'],
  ])('a wallet address asked for: %j', (text, noun) => {
    expect(payments(text).map((match) => match.text).join(' ')).toContain(noun);
  });

  it.each([
    "don't give me your card info, the site keeps it",
    'no me pases los datos de tu tarjeta, eso lo hace la app',
    'someone asked for my card details and CVV, it was a scam, reported',
  ])('leaves a refusal or a warning alone: %j', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('a gift card one bought is not a way to pay', () => {
  it.each([
    'I bought a Steam gift card for my brother yesterday',
    'compré una tarjeta regalo de Amazon para mi madre',
    'comprei um vale-presente da Amazon pra minha mãe',
    "j'ai acheté une carte cadeau Amazon pour ma sœur",
    'ich hab einen Amazon-Gutschein für meine Schwester gekauft',
    'ho comprato un buono Amazon per mia sorella',
    'купил подарочный сертификат Ozon для сестры',
    'kupiłem kartę podarunkową Allegro dla siostry',
    'kardeşime Amazon hediye kartı aldım',
    'اشتريت بطاقة هدايا أمازون لأختي',
    'बहन के लिए अमेज़न गिफ्ट कार्ड खरीदा',
    'behen ke liye amazon gift card kharida',
    'বোনের জন্য একটা অ্যামাজন গিফট কার্ড কিনেছি',
    'بہن کے لیے ایمازون گفٹ کارڈ خریدا',
    'aku beli voucher Google Play buat adik',
    'bumili ako ng Amazon gift card para sa kapatid ko',
    'mình mua thẻ quà tặng Amazon cho em gái',
    '给妹妹买了张亚马逊礼品卡',
    '妹にAmazonギフト券を買った',
  ])('%j', (text) => {
    expect(payments(text)).toEqual([]);
  });

  it.each([
    'I bought a Steam gift card, I can pay the deposit with it',
    'compré una tarjeta regalo de Amazon, ¿te la puedo dar como pago?',
    'купил подарочный сертификат Ozon, могу им оплатить предоплату',
  ])('still pays with one: %j', (text) => {
    expect(payments(text)).not.toEqual([]);
  });
});
