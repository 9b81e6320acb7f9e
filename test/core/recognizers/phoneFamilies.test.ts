// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';
import { checkMessage } from '../../../src/core/index';

const detector = createDetector();
const phones = (text: string) => detector.detect(text).filter((match) => match.kind === 'phone').map((match) => match.text);

describe('phone numbers in disguise, in every language', () => {
  it.each([
    ['compound French', 'appelle-moi: zéro six, vingt-deux, soixante-dix-sept, quatre-vingt-un, quarante-quatre', 'zéro six, vingt-deux, soixante-dix-sept, quatre-vingt-un, quarante-quatre'],
    ['compound German', 'null hundertneunundfünfzig, dreiundzwanzig, achtundsechzig, elf, vierzig', 'null hundertneunundfünfzig, dreiundzwanzig, achtundsechzig, elf, vierzig'],
    ['Turkish hundreds', 'sıfır beş yüz otuz iki, dokuz yüz on bir, seksen beş, on iki', 'sıfır beş yüz otuz iki, dokuz yüz on bir, seksen beş, on iki'],
    ['Hindi 0–99 words', 'नब्बे पैंसठ तैंतालीस इक्कीस अट्ठासी', 'नब्बे पैंसठ तैंतालीस इक्कीस अट्ठासी'],
    ['Urdu', 'صفر تین سو بائیس، اٹھانوے، چونتیس، چھپن، سات', 'صفر تین سو بائیس، اٹھانوے، چونتیس، چھپن، سات'],
    ['Japanese kanji', '連絡は 〇八〇ー三九二六ー一一五七 へ', '〇八〇ー三九二六ー一一五七'],
    ['Chinese homophones', '幺八幺，两两零拐，洞九三六，晚上打', '幺八幺，两两零拐，洞九三六'],
    ['keycap emoji', 'call 0️⃣8️⃣0️⃣3️⃣5️⃣5️⃣5️⃣7️⃣1️⃣2️⃣0️⃣ for pickup', '0️⃣8️⃣0️⃣3️⃣5️⃣5️⃣5️⃣7️⃣1️⃣2️⃣0'],
    ['letters for digits', 'my no is 8O8-555-Ol7l, call when u reach', '8O8-555-Ol7l'],
    ['interrupted by a remark', 'chiamami 392 - dopo le 18 però - 661 0445 per vedere la stanza', '392 - dopo le 18 però - 661 0445'],
    ['interrupted by words', 'mi número empieza por 3 (soy de Bogotá) 10, luego 578 y termina en 2241', '3 (soy de Bogotá) 10, luego 578 y termina en 2241'],
    ['behind a glued cue', 'сантехник Олег, тел89263147705, выезд', '89263147705'],
    ['bare national', 'ruf mich kurz an unter 0171 4429803, dann', '0171 4429803'],
    ['interrupted, every part in tens', 'my number is 310, then 550, and it ends in 4120', '310, then 550, and it ends in 4120'],
  ])('finds a phone number: %s', (_family, text, expected) => {
    expect(phones(text)).toEqual([expected]);
  });

  it.each([
    ['order number', 'الطلب رقم ٥٥٢١٩٠٣٨ اتأكد، هسلمه لبوسطة الاثنين'],
    ['invoice', 'Rechnung Nr. 2024-0552 für Meilenstein 1 geht heute raus'],
    ['tracking', '佐川の問い合わせ番号は 3612-7745-0098 です'],
    ['order', 'zamówienie nr 88431-2290 opłacone'],
    ['device model', 'tipe HP nya SM-A556E, 8/256, fullset dus + nota'],
    ['meter code', 'ti serve il codice POD IT001E04817266'],
    ['address', 'मकान नंबर 221, गली नंबर 4, लक्ष्मी नगर, दिल्ली 110092'],
    ['plate and year', 'Xe biển số 51H-123.45, 7 chỗ, năm 2020'],
    ['prices in words', 'I have one or two things and three more for you'],
    ['homophones between typed numbers', 'we go for the 1120 to 1205 one?'],
    ['a date', 'on 12.05.2024 we start'],
    ['price list with the items between the amounts', 'sofa 900, table 250, two chairs 300, all for 1300 if you take everything'],
    ['Chinese price list', '沙发900，桌子250，两把椅子300，全部1300'],
    ['Arabic price list', 'كنبة 900، طاولة 250، كرسيين 300، الكل بـ 1300'],
  ])('leaves a %s alone', (_family, text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe('phone numbers split over messages', () => {
  it.each([
    [['запиши номер', 'восемь девять', 'шесть три'], 'двести пять сорок один восемнадцать'],
    [['记一下', '一五六', '二八三九'], '七七零四'],
    [['ti do il mio numero così ci organizziamo', 'tre tre tre', 'nove otto uno'], 'quaranta ventidue'],
  ])('blocks the last part of %j', (history, text) => {
    const result = checkMessage(text, { contractState: 'none', history });
    expect(result.matches.map((match) => match.kind)).toContain('phone');
    expect(result.decision).not.toBe('allow');
  });
});
