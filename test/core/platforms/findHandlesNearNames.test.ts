// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector();
const social = (text: string) => detector.detect(text).filter((match) => match.kind === 'social');

describe('handles and page names next to a platform name, in every language', () => {
  it.each([
    ['telegram ana_bauer', 'ana_bauer'],
    ['my insta is ana.b', 'ana.b'],
    ['na telegramie jestem jako marek_rowery', 'marek_rowery'],
    ['в телеге я kolya_moto', 'kolya_moto'],
    ['على الانستا اسمي sara.handmade', 'sara.handmade'],
    ['টেলিগ্রাম আইডি: rafi_bd', 'rafi_bd'],
    ['我的QQ号是 384920117', '384920117'],
    ['vx：l.i.n.8.8', 'l.i.n.8.8'],
    ['T E L E G R A M : moto_kurier', 'moto_kurier'],
  ])('finds the handle in %j', (text, value) => {
    expect(social(text).map((match) => match.value)).toEqual([value]);
  });

  it.each([
    ['search for Ana Bauer Design on Facebook', 'Ana Bauer Design'],
    ['busca Taller Mecánico Ruiz en face', 'face'],
    ['найдите в инсте «Пекарня Лиза»', '«Пекарня Лиза»'],
    ['fb: Salon Maria Kraków', 'Salon Maria Kraków'],
    ["I'm on FB marketplace too, just look up Harbor Lane Vintage", 'Harbor Lane Vintage'],
    ['aku juga ada di marketplace FB, cari aja Dapur Dewi Solo', 'Dapur Dewi Solo'],
    ['fb pe search karna: Verma Tiffin Service', 'Verma Tiffin Service'],
    ['फेसबुक पर सर्च करो: शर्मा इलेक्ट्रिकल्स', 'शर्मा इलेक्ट्रिकल्स'],
  ])('finds the page to look up in %j', (text, part) => {
    const found = social(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toContain(part);
  });

  it('joins a handle split over messages after the platform is named', () => {
    expect(social('telegram?\nrider_\nbaku_22').map((match) => match.value)).toEqual(['rider_baku_22']);
  });

  it.each([
    'Instagram: I manage accounts',
    'I build Telegram bots',
    'telegram is down today',
    'my insta is private',
    'someone said "find me on telegram as crypto_admin" — it is a scam',
    'I found your page on Facebook',
    'look up the recipe on YouTube, its easy',
    'busca el tutorial en YouTube, es fácil',
    'I saw it on Instagram, look up the price online',
    'I post on Instagram. Look Up Vintage is a shop I like',
    // hyphenated words of the trade after the name
    'we do Instagram auto-reply and a Viber chatbot for your store',
    'set up WhatsApp follow-up messages for the clinic',
  ])('finds no handle in %j', (text) => {
    expect(social(text)).toEqual([]);
  });
});

describe('hyphenated handles stay handles', () => {
  it.each(['telegram ana-bauer', 'insta: lunabakery-shop'])('finds the handle in %j', (text) => {
    expect(social(text)).toHaveLength(1);
  });
});
