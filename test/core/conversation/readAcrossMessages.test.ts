// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';
import { checkMessage } from '../../../src/core/policy/checkMessage';
import type { ContactKind, Detector } from '../../../src/core/types';

const check = (history: string[], text: string, contractState: 'none' | 'active' = 'active') => checkMessage(text, { contractState, history });
const kinds = (history: string[], text: string) => check(history, text).matches.map((match) => match.kind);

describe('reading a detail across the author’s recent messages', () => {
  it.each<[string, string[], string, ContactKind]>([
    ['a wallet number after the rail (tl)', ['yung natitira send mo na lang sa gcash ko para walang fee'], '0917 555 0123', 'payment'],
    ['a phone after "my pix is my phone" (pt)', ['o sinal pode mandar no pix', 'minha chave é meu celular'], '11 98765-4321', 'payment'],
    ['an IBAN in three pieces (de)', ['den Rest bitte direkt überweisen', 'IBAN', 'DE89 3704 00'], '44 0532 0130 00', 'payment'],
    ['an IBAN cut inside a group (en)', ['here are the details for the transfer', 'GB29NWBK6016'], '1331926819', 'payment'],
    ['a card in four pieces', ['4532', '0151', '1283'], '0366', 'payment'],
    ['a Tron address cut in two (ru)', ['могу в usdt trc20', 'TKfcYH8aqJFnTARgY'], 'kK4FGTTT5PnohAMCs', 'payment'],
    ['a UPI ID cut at the @ (hi-Latn)', ['advance paytm pe bhej do', 'sunil.plumber'], '@paytm', 'payment'],
    ['an email after "send the deposit to"', ['send the deposit to'], 'ana.kova@gmail.com', 'payment'],
    ['a Bizum number in two pieces (es)', ['te paso el anticipo por bizum', '612 34'], '5 678', 'payment'],
    ['a Polish account number with no format known to the recognizer', ['kaucję proszę przelewem na konto', '6110 9010 1400 0007'], '1219 8128 74', 'payment'],
    ['a cashtag after "my cash app"', ['just send it to my cash app instead, saves us both the fee'], '$mkellerdesigns', 'payment'],
    ['an Alipay phone after "转我" (zh)', ['支付宝转我'], '138 1234 5678', 'payment'],
    ['an Alipay account after its label (zh)', ['支付宝账号'], 'zhang.wei88@163.com', 'payment'],
    ['a phone in three pieces', ['my number', '0917', '555'], '0123', 'phone'],
    ['an email whose "at gmail dot com" comes last (hi-Latn)', ['mail kar dena notes', 'neha.tutor22'], 'at gmail dot com', 'email'],
    ['a Telegram handle after the channel (ru)', ['напишите в телегу', 'я там'], 'olga_repetitor', 'social'],
    ['an email spelled with at and dot words over two messages (de)', ['an jonas punkt berger'], 'bei gmx punkt de', 'email'],
    ['an email in three pieces, "dot com" last', ['my email', 'ana.kova', 'at gmail'], 'dot com', 'email'],
    ['a Venmo handle cut at a hyphen after its cue', ['for the deposit my venmo is', '@nadia'], '-k-designs', 'payment'],
    ['a meeting ID cut in two after the app (pl)', ['jak zaakceptujesz, lekcja na zoomie', 'ID 812 339'], '4470, hasło 2211', 'meeting'],
    ['a handle two messages after the app, inflected (tr)', ['dosyaları telegramdan atayım', 'kullanıcı adım'], 'emre_tasarim_ist', 'social'],
    ['a handle finished after its start, the app named before (ja)', ['インスタやってます', '@furugi'], '_no_mise_osaka', 'social'],
    ['a username a message after the provider', ['my gmail'], 'ana.kova88', 'email'],
    ['a handle in a few words after the app (id)', ['ketemu di ig aja'], 'nama akunnya rina.craft', 'social'],
    ['a handle that looks like a site after the app (hi-Latn)', ['insta pe follow karo'], 'handle hai priya.art.studio', 'social'],
    ['a number after a remark between its pieces', ['my number', '0917 555', 'wait let me check'], '0123', 'phone'],
    ['a number a digit a message, past five messages', ['my number', '0', '9', '1', '7', '5', '5', '5', '0', '1', '2'], '3', 'phone'],
    ['an IBAN in six pieces', ['iban', 'DE89', '3704', '0044', '0532', '0130'], '00', 'payment'],
    ['a number spelled line by line past a remark (hi-Latn)', ['number likh lo bhai', 'nau aath do do', 'haan haan wahi wala'], 'paanch chhe saat aath nau zero', 'phone'],
    ['a number in words and digits a piece a message, "o" for zero', ['nine 1 7', '🙃 four four two'], 'o 3 8 one', 'phone'],
    ['a Brazilian mobile with its 9 apart (pt)', ['anota ai', '81 9', '9345'], '2210 😅', 'phone'],
    ['a provider alone after a username (vi)', ['minhtuan.kt'], 'yahoo nha', 'email'],
    ['a provider that needs its TLD, the TLD after a space (pl)', ['piotr_korepetycje'], 'na o2 pl', 'email'],
    ['"at", a provider and a spaced TLD after a username (de)', ['schreib mir lieber ne Mail', 'lena_nachhilfe'], 'at web de', 'email'],
    ['a provider spelled in Cyrillic with its TLD after a labelled username (ru)', ['макеты скину на почту', 'логин ivan_petrov88'], 'собака бк ру', 'email'],
    ['a meeting ID cut in two, the passcode in words after it', ['if you accept, the trial is on zoom', 'id 447 2190'], '3385 and the passcode is lemon42', 'meeting'],
    ['a meeting ID cut in two, the app inside a sentence (ja)', ['受けてくれるならお試しはzoomで', 'ID 447 2190'], '3385 パスコード remon42', 'meeting'],
    ['a meeting ID cut in two, the app with a case ending (tr)', ['kabul edersen deneme zoomda', 'ID 622 8410'], '3377 şifre limon4', 'meeting'],
    ['an account number alone after the bank and account type (ja)', ['手付金はこちらに振り込んでください', '三菱UFJ 普通'], '1234567', 'payment'],
    ['a meeting passcode in its own message, named in two words (id)', ['kelas percobaan lewat zoom', 'meeting id 812 339 4470'], 'kode sandi 2211', 'meeting'],
    ['a number in pieces past a remark after the cue (hi-Latn)', ['geyser ke liye baad mein call karna', '6 baje tak office mein hoon', '98765', '432'], '10', 'phone'],
    ['a number in pieces past a remark ending in a time (pt)', ['me liga depois sobre o aquecedor', 'to no trampo até as 6', '11 9', '8765'], '4321', 'phone'],
    ['a meeting number cut in two, the app inside a sentence (zh)', ['同意的话试讲用腾讯会议', '会议号 447 219'], '338 密码 4242', 'meeting'],
    ['a provider in its script after a site-like username (hi)', ['sanjay.design'], 'जीमेल पे है', 'email'],
  ])('catches %s', (_name, history, text, kind) => {
    const result = check(history, text);
    const found = result.matches.find((match) => match.kind === kind);
    expect(found).toBeDefined();
    expect(text.slice(found!.start, found!.end)).toBe(found!.text);
    if (kind === 'payment') expect(result.decision).toBe('block');
  });

  it('keeps the detail’s own kind on a payment address', () => {
    const found = check(['o sinal pode mandar no pix', 'minha chave é meu celular'], '11 98765-4321').matches.find((match) => match.kind === 'payment');
    expect(found).toMatchObject({ detailKind: 'phone', text: '11 98765-4321' });
  });

  it.each<[string, string[], string]>([
    ['prices over several messages (ru)', ['диван за 12000'], '11 000 и сами забираете'],
    ['a tracking number in two parts after "tracking:"', ['shipped today! tracking:', '1Z 999 AA1'], '0123 4567 84'],
    ['a tracking id glued to its digits', ['tracking:', '1Z999AA1'], '0123456784'],
    ['an order number in two parts', ['order number:', '2211'], '4409'],
    ['times and rooms', ['lesson moved to thu 4:15pm EST', 'room 2104 at the library'], 'bring chapters 3 and 7'],
    ['a short word after a rail', ['send it on paypal'], 'ok'],
    ['a sentence after a rail', ['send it on paypal'], 'thanks, see you at 5'],
    ['a version after a rail', ['gcash ko'], 'v2.0 ready'],
    ['a payment refused, then a time', ['please don’t send me money on venmo'], 'see you at 5'],
    ['an invoice after paying through the platform', ['paid 1200 via milestone 2', 'thanks'], 'invoice 2026-00471'],
    ['a size after an app was named', ['the post size on instagram is', '1080'], 'x1080'],
    ['a rating after a social mention', ['I saw your work on Instagram'], '4.5'],
    ['a file after the app as the work', ['I built the Telegram bot'], 'see bot.py'],
    ['room numbers a message each', ['rooms', '101', '102', '204', '305'], '306'],
    ['an order number corrected after a remark', ['order number:', '2211', 'sorry typo, the real one is'], '4409'],
    ['a file named, then the provider', ['cv_2024.pdf'], 'gmail ok'],
    ['counts in words', ['two or three boxes'], 'four four'],
    ['a due date after page numbers ("due" is Italian for 2)', ['chapters 3 and 7', 'pages 45 to 112'], 'due 12/05'],
    ['counts a word a message', ['сколько комнат', 'три', 'этаж', 'пятый'], 'дом сорок два'],
    ['a place after a username', ['@ana_k'], 'live in berlin'],
    ['a date, then a time range with dots (tr)', ['sonraki ders 14.03'], '17.00-18.30'],
    ['an order number in pieces past a remark', ['order number 771203', 'ok wait', '2211'], '4409'],
    ['a gate code past a remark after "call me"', ['call me when you arrive', 'flat 12', 'gate 4471'], '2291'],
    ['a provider-like word in a sentence after a username (es)', ['ana.k'], 'mail de trabajo'],
    ['a price after the app was named', ['the lesson is on zoom', 'price 2190'], '2500 and the materials are extra'],
    ['times after the platform’s own video room', ['let’s do the call in the platform video room', 'tomorrow 10:30'], 'should take 45 min'],
  ])('leaves alone %s', (_name, history, text) => {
    expect(check(history, text, 'none').matches).toEqual([]);
  });

  it('does not make a payment of a phone given after paying through the platform', () => {
    expect(kinds(['I paid the deposit through the platform'], '0917 555 0123')).toEqual(['phone']);
  });

  it.each([
    ['a thank-you for a transfer, then a number with its own label (pl)', ['Dzięki za przelew przez stronę'], 'mój numer 600 123 456'],
    ['a thank-you for a payment, then a number with its own label (ru)', ['Спасибо за оплату'], 'мой номер 8 916 234-56-78'],
    ['a thank-you for a payment, then a cell number (es)', ['gracias por el pago'], 'mi cel 612 48 93 07'],
    ['a past payment story, then "call me"', ['I paid via PayPal to my plumber last time, never again'], 'call me 07700 900461'],
  ])('keeps %s a contact once the contract is active', (_name, history, text) => {
    const result = check(history, text);
    expect(result.matches.map((match) => match.kind)).toEqual(expect.arrayContaining(['phone']));
    expect(result.matches.map((match) => match.kind)).not.toContain('payment');
    expect(result.decision).not.toBe('block');
  });

  it('reports only the kinds the detector reports', () => {
    const detector = createDetector({ kinds: ['phone'] });
    const result = checkMessage('0917 555 0123', { contractState: 'none', history: ['send the rest to my gcash'], detector });
    expect(result.matches.map((match) => match.kind)).toEqual(['phone']);
  });

  it('reads only the recent messages of a long history', () => {
    let read = 0;
    const inner = createDetector();
    const detector: Detector = { detect: (input) => ((read += input.length), inner.detect(input)) };
    const history = Array.from({ length: 10_000 }, (_, index) => `message ${index} with 0917 555 ${String(index).padStart(4, '0')}`);
    const result = checkMessage('ok', { contractState: 'none', history, detector });
    expect(result.matches).toEqual([]);
    // The current text, a few views of the last messages (at most 500 characters each) and one probe.
    expect(read).toBeLessThan(4 * 600);
  });
});
