// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector();
const social = (text: string) => detector.detect(text).filter((match) => match.kind === 'social');

describe('handles in the clause after a platform name', () => {
  it.each([
    ['мой ник в телеге dev_artem, пиши туда', 'dev_artem'],
    ['telegram kullanıcı adım kurye_emre', 'kurye_emre'],
    ['টেলিগ্রামে আমার ইউজারনেম rider_sumon', 'rider_sumon'],
    ['bei whatsapp heiß ich maler.schulz, einfach suchen', 'maler.schulz'],
    ['sa insta ako si pia.motion', 'pia.motion'],
    ['钉钉不方便的话，微博@英语王老师 私信我', '英语王老师'],
    ['teleg. @hausmeister_berlin', 'hausmeister_berlin'],
    ['威 信 号：e r s h o u _ m e i', 'ershou_mei'],
  ])('finds the handle in %j', (text, value) => {
    expect(social(text)).toEqual(expect.arrayContaining([expect.objectContaining({ value })]));
  });

  it.each([
    ['na messengerze jestem jako Hydraulik Janek Kraków', 'Hydraulik Janek Kraków'],
    ['viber name ko Delivery Jun Pasig', 'Delivery Jun Pasig'],
  ])('finds the labelled page name in %j', (text, value) => {
    expect(social(text)).toEqual([expect.objectContaining({ value })]);
  });

  it.each([
    'I built the Telegram bot in Python, the code lives in bot_main.py and config.yaml',
    'el bot de Telegram usa la librería python-telegram-bot, versión 20.3',
    'il bot Telegram legge i messaggi da handler.message_text, poi risponde',
    'Instagram entegrasyonu için instagram_graph.v18 kullanıyorum',
    '在小红书看到你卖的相机，型号是 EOS_R50 吗？',
    'en Instagram la campaña #rebajas_verano tuvo muy buen alcance',
    'we use Slack, Telegram and Jira for the sprint_board',
    'thanks @Riya insta pe share karne ke liye',
    'LinkedIn says you worked at Acme Corp. Is that right?',
    'my WhatsApp is broken since the update to iOS 17.2',
    'Telegram bot built with python3.11 and Next.js',
  ])('leaves %j alone', (text) => {
    expect(social(text)).toEqual([]);
  });
});

describe('look-me-up words beside a name', () => {
  it.each([
    ['cerca Mercatino di Sara Torino su Facebook', 'Mercatino di Sara Torino'],
    ['tiktokta İngilizce Hoca Selin yazınca çıkıyorum', 'İngilizce Hoca Selin'],
    ['হোয়াটসঅ্যাপে Arif Motion Studio নামে খুঁজলেই পাবেন', 'Arif Motion Studio'],
    ['follow Luna Bakery Lisbon on Instagram', 'Luna Bakery Lisbon'],
  ])('finds the name in %j', (text, name) => {
    const found = social(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toContain(name);
  });

  it.each(['find the flat on Facebook Marketplace', 'find it on facebook, the price is there', 'follow the steps on Instagram help'])('leaves %j alone', (text) => {
    expect(social(text)).toEqual([]);
  });
});

describe('plain handles after "my <platform> is"', () => {
  it.each([
    ['mi insta es lunabakery', 'lunabakery'],
    ['mein insta ist lunabakery, schau mal', 'lunabakery'],
    ['insta hesabım lunabakery', 'lunabakery'],
    ['мой инстаграм lunabakery', 'lunabakery'],
    ['我的ins是lunabakery', 'lunabakery'],
    ['インスタはlunabakeryです', 'lunabakery'],
  ])('finds the handle in %j', (text, value) => {
    expect(social(text)).toEqual([expect.objectContaining({ value })]);
  });

  it.each([
    'mi insta es privado',
    'mi insta es donde subo mis trabajos',
    'mon insta c’est surtout des photos',
    'мой инстаграм закрыт, пишите сюда',
    'инстаграм reels делаю быстро',
    'インスタのstoryで見ました',
  ])('leaves %j alone', (text) => {
    expect(social(text)).toEqual([]);
  });
});
