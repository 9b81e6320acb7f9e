// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';
import { checkMessage } from '../../../src/core/policy/checkMessage';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const payments = (text: string) => detector.detect(text).filter((match) => match.kind === 'payment');

describe("paying through the platform waved off, beside other money (refusedPlatform)", () => {
  it.each([
    'quand tu pars laisse l\'argent sous le paillasson, pas besoin de payer sur l\'appli',
    'cuando te vayas deja la plata debajo del felpudo, no hace falta pagar en la app',
    'beim Rausgehen leg das Geld einfach unter die Fußmatte, bitte nicht in der App bezahlen',
    'когда будете уходить, оставьте деньги под ковриком, в приложении платить не надо',
    'pas keluar taruh aja uangnya di bawah keset, ga usah bayar di aplikasi',
    '帰るときお金は玄関マットの下に置いといて、アプリで払わなくていいよ',
    'give the cash to the courier, don\'t pay on the platform pls',
    // a doormat is no Hinglish "mat" (don't) cancelling the money before it
    'when you leave just put the money under the mat, no need to pay in the app',
    'quando sair deixa o dinheiro debaixo do tapete, não precisa pagar no app',
    'đưa tiền mặt cho shipper nhé, đừng thanh toán trên nền tảng',
    // the platform refused makes the fee talk a request
    "if we don't go through the site we don't pay 12% commission, we both win",
  ])('%j is a payment request, blocked once a contract is active', (text) => {
    expect(payments(text)).not.toEqual([]);
    expect(checkMessage(text, { contractState: 'active', detector }).decision).toBe('block');
  });

  it.each([
    // the refusal alone asks for nothing: the paying word it refuses is cancelled with it
    "don't pay in the app yet, I'll confirm the dates first",
    'no hace falta pagar en la app todavía, primero confirmo',
    'いまはアプリで払わなくていいよ、日程が決まってから',
    // paying through the platform, not refused
    'put the money for the deposit in the app please',
    'I left the key under the mat, the rest of the milestones are in the app as agreed',
  ])('%j is not', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('paying so that the platform does not take its share', () => {
  it.each([
    "can pay you when I arrive, so the platform doesn't take its cut",
    'je te paie en arrivant, comme ça la plateforme ne prend pas sa commission',
    'ti pago quando arrivo, così la piattaforma non si prende la commissione',
    'te pago cuando llegue, así la plataforma no se queda con la comisión',
    'geldiğimde ödersin, böylece platform komisyon kesmez',
    '我到了再付你，这样平台就抽不了佣金',
  ])('%j is a payment request', (text) => {
    expect(payments(text)).not.toEqual([]);
  });

  it.each([
    "I don't charge a fee for the first lesson",
    'the platform fee is 10%, it is already in the quote',
    "the app doesn't take a commission from tutors, nice",
    'la plateforme ne prend pas de commission sur les acomptes',
  ])('%j is not', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe("next time directly: a bare 'directly' stands for a named way out in its own clause", () => {
  it.each([
    'la próxima vez alquílamelo directo, sin la app de por medio',
    'в следующий раз снимайте напрямую у меня, без приложения',
    'następnym razem wynajmij bezpośrednio ode mnie, bez aplikacji po drodze',
    'lần sau thuê trực tiếp với mình luôn, khỏi qua app',
    '下次直接找我租，别通过app了',
    '次回はアプリを通さず直接私から借りてください',
  ])('%j is a payment request', (text) => {
    expect(payments(text)).not.toEqual([]);
  });

  it.each([
    'thanks a lot, next time I will book you again here',
    'la próxima vez vengo directo del trabajo, gracias',
    'between us, the job was harder than expected',
  ])('%j is not', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe("cash the platform itself takes: a sentence that pays through the platform's own option and names no way out", () => {
  it.each([
    "the listing says cash on pickup, just pick the app's cash option at checkout",
    'el anuncio dice pago en efectivo al retirar, elegí la opción de efectivo de la app',
    'laut Anzeige Barzahlung bei Abholung, wähl einfach die Bar-Option in der App',
    'di iklan tertulis COD tunai, pilih aja opsi tunai di aplikasi',
    '商品页写的是自提现金，在app里选现金支付选项就行',
  ])('%j is not a payment request', (text) => {
    expect(payments(text)).toEqual([]);
  });

  it.each([
    // cash with the platform's payment refused is still the way out
    'dai i contanti al rider, non pagare sulla piattaforma',
    'gotówkę daj kurierowi, nie płać przez platformę',
    // cash with a way out beside the platform's option
    "pay me cash on pickup outside the app, forget the app's cash option",
  ])('%j still is', (text) => {
    expect(payments(text)).not.toEqual([]);
  });
});

describe('a private channel or the writer\'s own site as the way out, beside a fee avoided or a lower price', () => {
  it.each([
    'orderan berikutnya japri aja biar bebas admin',
    'następne zlecenie na priv, bez prowizji',
    'next order sa PM na lang para walang fee',
    '下次下单私聊我，免手续费',
    'اگلا آرڈر انباکس میں کرنا، کوئی فیس نہیں لگے گی',
    'الطلب الجاي كلمني خاص عشان من غير عمولة',
    'nächstes mal buch über meine eigene Seite, ist günstiger als hier',
  ])('%j is a payment request', (text) => {
    expect(payments(text)).not.toEqual([]);
  });

  it.each([
    '私聊我，付款在平台上',
    'more photos on my website, payment through the app as usual',
    'japri aja kak kalau mau tanya ukuran',
  ])('%j is not', (text) => {
    expect(payments(text)).toEqual([]);
  });
});

describe('the rest paid separately by transfer', () => {
  it('"残りは別途振込で" is a payment request', () => {
    expect(payments('最初のマイルストーンはここで、残りは別途振込でお願いします')).not.toEqual([]);
  });
  it('"残りのマイルストーンはアプリで" is not', () => {
    expect(payments('鍵は玄関マットの下に置きました、残りのマイルストーンはアプリのままです')).toEqual([]);
  });
});
