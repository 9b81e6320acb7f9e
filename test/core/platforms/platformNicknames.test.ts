// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector();
const kinds = (text: string) => detector.detect(text).map((match) => match.kind);

describe('platform nicknames', () => {
  it.each([
    ['my twt is kaitodraws, commissions pinned', 'social'],
    ['kakao id: minji22', 'social'],
    ['vx：abc123', 'social'],
    ['加我V：xyz_88', 'social'],
    ['急件联系飞机：shenzhen_kuaidi', 'social'],
    ['资料发群里，扣扣号 2294571863', 'social'],
    ['جرب سنابي: khalid_d', 'social'],
    ['free lectures youtube.com/@mathswithsir pe hai', 'social'],
    ['wh@tsapp: lena_k', 'social'],
    ['in$ta: lena.k', 'social'],
    ['t3l3gr4m: lena_k', 'social'],
    ['mera snap riya22 hai', 'social'],
    ['企鹅：394857261', 'social'],
  ])('reads the handle after the nickname in %j', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it.each([
    'can we do the rest of the tutoring chat on whatsy? easier for me',
    'u on sig? i\'d rather send the floor plan there',
    'hast du Tele? Da geht das mit den Dateien leichter',
    'ada tele kak? mau kirim file',
    'tele var mı sende? dosyaları orda atarım',
    'masz messa? tam szybciej odpiszę',
    'masz snapa?',
    'si quieres hablamos x insta mejor',
    'может перейдем в телеграмчик? тут неудобно',
    'よかったららいん交換しよ',
    '价格好商量，加个V聊吧',
    'có gì nhắn qua zl cho nhanh',
    'ریٹ کی بات واٹسپ پہ کریں؟',
    'দামটা হোয়াটসাপে কথা বলি?',
    'chat di whatsappku aja',
    'sa viber na lang po',
    'x el face mejor',
    'pa-add po sa fb',
    'te agrego al tele',
    'wa aja ya',
    'dm ig aja',
    'kontak tele aja',
    'mandami un wa stasera',
    'envoie moi un wats ce soir',
    'napisz na wapie',
    'wpden ulaş',
    '来企鹅找我',
    '加个V呗',
  ])('reads the nickname as a move in %j', (text) => {
    expect(kinds(text)).toEqual(['intent']);
  });

  it.each([
    'need 250 gram of butter and 2 eggs for the lesson',
    '¿el depa tiene tele?',
    '¿tienes tele en el cuarto?',
    'face: scratched, strap: new',
    'WTS: iPhone 12, 128GB, message me here',
    'سگنل نہیں آ رہے بعد میں بات کرتا ہوں',
    'saya bikin bot Telegram dan auto-reply WhatsApp buat toko online',
    'do you have a snap of the meter?',
    'watch youtube.com/watch?v=abc123 for the demo',
    'b2b2c stuff, size 4xl, costs $1500, order 1234abc',
    "maybe I'll post it on Instagram later",
    'my snap story is up, my line 2 is busy',
    'call line 2 for support',
    'send face pics of the watch',
    'send me a snap of the meter',
    '买了个企鹅玩偶',
  ])('leaves the everyday word alone in %j', (text) => {
    expect(kinds(text).filter((kind) => kind !== 'url')).toEqual([]);
  });

  it.each([
    'aapka kaam insta pe dekha tha isliye yaha msg kiya',
    'liat karya kakak di ig makanya chat disini',
    'インスタで作品見てこちらから連絡しました',
    'thấy bài của bạn trên fb nên nhắn ở đây',
  ])('leaves an app named as where the writer came from alone in %j', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each([
    "insta'dan yazsana burası çok yavaş",
    'انسٹا پہ میسج کرو یہاں دیر سے دیکھتا ہوں',
  ])('still reads the move when "here" starts a remark after it in %j', (text) => {
    expect(kinds(text)).toEqual(['intent']);
  });
});
