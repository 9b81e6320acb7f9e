// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const found = (text: string) => detector.detect(text).map((match) => [match.kind, match.text]);

describe('email: a provider and a bare username, links spelled with words', () => {
  it.each([
    ['mera gmail priya.sharma.art hai', 'gmail priya.sharma.art'],
    ['gmail saya budi.santoso.id, kirim aja kesana', 'gmail saya budi.santoso.id'],
    ['mi hotmail es carlos_diseño88, ahí te mando el archivo', 'hotmail es carlos_diseño88'],
    ['我的QQ邮箱是 348812345，发那里', 'QQ邮箱是 348812345'],
    ['mail: taki sam login jak tutaj, na onecie', 'taki sam login jak tutaj, na onecie'],
    ['ma boîte mail free: paul.durand33', 'free: paul.durand33'],
    ['ye raha: rahul.verma.dev hai gmail', 'rahul.verma.dev hai gmail'],
  ])('%j is an email', (text, span) => {
    expect(found(text)).toEqual([['email', span]]);
  });

  it('reads a dotted name after the provider as the username, not a site (.art, .dev, .pk are TLDs too)', () => {
    const matches = detector.detect('mera gmail priya.sharma.art hai, wahi bhej do');
    expect(matches.map((match) => match.kind)).toEqual(['email']);
    expect(matches[0]!.text.startsWith('gmail priya.sharma.art')).toBe(true);
  });

  it('takes a short provider name with an ending only after an apostrophe ("sinal" is a deposit, not sina)', () => {
    expect(found('manda o sinal pro pix: ana.lopes.arq@gmail.com')).toEqual([['payment', 'pix: ana.lopes.arq@gmail.com']]);
    expect(found('a bola: joao_silva77 no sábado')).toEqual([]);
    expect(found('meu email no uol: joao_silva77')).toEqual([['email', 'uol: joao_silva77']]);
  });

  it('keeps "QQ号" (the account) out of the mailbox', () => {
    expect(found('我的QQ号是 384920117').some(([kind]) => kind === 'email')).toBe(false);
  });

  it.each([
    ['portfolio is at jessdraws dot design slash work', 'url', 'jessdraws dot design slash work'],
    ['mera kaam dekho: sonaliart dot in slash gallery', 'url', 'sonaliart dot in slash gallery'],
    ['portfolio: ewagrafik kropka pl ukośnik prace', 'url', 'ewagrafik kropka pl ukośnik prace'],
    ['作品集：xiaomei-design 点 cn 斜杠 works', 'url', 'xiaomei-design 点 cn 斜杠 works'],
    ['t dot me slash ana_k', 'social', 't dot me slash ana_k'],
  ])('%j is a %s with its path', (text, kind, span) => {
    expect(found(text)).toEqual([[kind, span]]);
  });

  it.each(['i live in web design, free: paul.durand33 is my old nick', 'the price is 5 slash 10', '50 km/h slash 30 in town', 'mailto:ana.dev'])('leaves %j alone', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('email: the mailbox named by its company, leetspeak providers', () => {
  it.each([
    ['scrivimi sulla posta di google, sono giuliarossi88', 'posta di google, sono giuliarossi88'],
    ['गूगल वाली मेल पे rahulverma1995 ढूंढ लो', 'गूगल वाली मेल पे rahulverma1995'],
    ['前半はsato.yuki、後半はグーグルのメール', '前半はsato.yuki、後半はグーグルのメール'],
    ['ヤフーのメールでsatoyuki88', 'ヤフーのメールでsatoyuki88'],
    ["yandex'in mailinde emreyilmaz34 diye bul", "yandex'in mailinde emreyilmaz34"],
    ['drop the files to my h0tmail, tyler_b92', 'h0tmail, tyler_b92'],
    ['mailim emre_y, g.m.4.i.l', 'emre_y, g.m.4.i.l'],
  ])('%j is an email', (text, span) => {
    expect(found(text)).toEqual([['email', span]]);
  });

  it.each(['I set up google mail for the shop last week', 'my google mail is full, 15 GB', 'la posta di google non funziona oggi'])('leaves %j alone', (text) => {
    expect(found(text)).toEqual([]);
  });
});
