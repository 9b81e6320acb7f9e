// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';
import { joinSpelledLetters } from '../../../src/core/text/spelledLetters';

const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const found = (text: string) => detector.detect(text).filter((match) => match.kind === 'email' || match.kind === 'url');

describe('email: "@" and "." said in every language', () => {
  it.each([
    ['ana punto lopez arroba gmail punto com', 'ana.lopez@gmail.com'],
    ['jean.dupont arobase orange point fr', 'jean.dupont@orange.fr'],
    ['mario.rossi chiocciola libero punto it', 'mario.rossi@libero.it'],
    ['ivan.petrov собака yandex точка ru', 'ivan.petrov@yandex.ru'],
    ['jan.kowalski małpa wp kropka pl', 'jan.kowalski@wp.pl'],
    ['ahmet.yilmaz et gmail nokta com', 'ahmet.yilmaz@gmail.com'],
    ['budi.santoso at gmail titik com', 'budi.santoso@gmail.com'],
    ['nguyen.van.a a còng gmail chấm com', 'nguyen.van.a@gmail.com'],
    ['wanglei艾特163点com', 'wanglei@163.com'],
    ['tanaka.k アットマーク gmail ドット com', 'tanaka.k@gmail.com'],
    ['sato【アット】yahoo.co.jp', 'sato@yahoo.co.jp'],
    ['ahmed.ali آت جيميل دوت كوم', 'ahmed.ali@gmail.com'],
    ['rahul.sharma एट जीमेल डॉट कॉम', 'rahul.sharma@gmail.com'],
    ['mehedi.hr [অ্যাট] ইয়াহু [ডট] কম', 'mehedi.hr@yahoo.com'],
    ['sana.hr ایٹ یاہو ڈاٹ کام', 'sana.hr@yahoo.com'],
    ['neha.gupta [एट] याहू [डॉट] को [डॉट] इन', 'neha.gupta@yahoo.co.in'],
  ])('reads %j as %j, the whole span', (text, value) => {
    const [match] = found(text);
    expect(match).toMatchObject({ kind: 'email', value, obfuscated: true });
    expect(text.endsWith(match!.text)).toBe(true);
  });
});

describe('email: reversed and letter-by-letter', () => {
  it.each([
    ['moc.liamg@ziur.ana — read it backwards', 'ana.ruiz@gmail.com', 'moc.liamg@ziur.ana'],
    ['pj.oc.oohay@otas_ikuy', 'yuki_sato@yahoo.co.jp', 'pj.oc.oohay@otas_ikuy'],
    ['a.n.j.a.l.i [at] g.m.a.i.l', 'anjali@gmail.com', 'a.n.j.a.l.i [at] g.m.a.i.l'],
    ['A.N.A @ G.M.A.I.L . C.O.M', 'ana@gmail.com', 'A.N.A @ G.M.A.I.L . C.O.M'],
    ['m u r a t (at) o u t l o o k . c o m', 'murat@outlook.com', 'm u r a t (at) o u t l o o k . c o m'],
    ['k.o.r.o.l.e.v.a собачка r.a.m.b.l.e.r.ru', 'koroleva@rambler.ru', 'k.o.r.o.l.e.v.a собачка r.a.m.b.l.e.r.ru'],
    ['kasia.nowak małpa w p . p l', 'kasia.nowak@wp.pl', 'kasia.nowak małpa w p . p l'],
    ['kasia.nowak małpa g m a i l . c o m', 'kasia.nowak@gmail.com', 'kasia.nowak małpa g m a i l . c o m'],
    ['masha sobaka bk tochka ru', 'masha@bk.ru', 'masha sobaka bk tochka ru'],
    ['clara (chez) gmail (pt) com', 'clara@gmail.com', 'clara (chez) gmail (pt) com'],
    ['jess (at) gee mail (dot) com', 'jess@gmail.com', 'jess (at) gee mail (dot) com'],
    ['rahul [एट] रेडिफमेल [डॉट] कॉम', 'rahul@rediffmail.com', 'rahul [एट] रेडिफमेल [डॉट] कॉम'],
  ])('reads %j as %j', (text, value, span) => {
    expect(found(text)).toMatchObject([{ kind: 'email', value, text: span }]);
  });

  it('reads an at-word after a local part spelled one letter at a time ("i" there is no English "I")', () => {
    const [address] = found('mój mail: t o m e k . k o w a l s k i małpa o 2 . p l');
    expect(address).toMatchObject({ kind: 'email' });
    expect(address!.text.endsWith('małpa o 2 . p l')).toBe(true);
  });

  it('joins letters written one per label, and leaves initials alone', () => {
    expect(joinSpelledLetters('g.m.a.i.l')).toBe('gmail');
    expect(joinSpelledLetters('o.u.t.l.o.o.k.c.o.m')).toBe('outlook.com');
    expect(joinSpelledLetters('j.r.smith')).toBe('j.r.smith');
  });

  it('does not read a typed address backwards', () => {
    expect(found('write to ana.de@web.de')).toMatchObject([{ value: 'ana.de@web.de' }]);
  });
});

describe('email: addresses described instead of typed', () => {
  it.each([
    ['email is m-a-r-i-a . l-o-p-e-z on gmail', 'm-a-r-i-a . l-o-p-e-z on gmail'],
    ['আমার জিমেইল rahimkhan.bd', 'জিমেইল rahimkhan.bd'],
    ['gmail của tôi là minhanh.shop', 'gmail của tôi là minhanh.shop'],
    ['gmail adresim ali.kaya06', 'gmail adresim ali.kaya06'],
    ['mail: k a s i a . n o w a k at onet', 'k a s i a . n o w a k at onet'],
    ['my gmail is anakova88', 'gmail is anakova88'],
    ['ana.bauer, gmail', 'ana.bauer, gmail'],
    ['yahoo ko po: tutorbea_2020', 'yahoo ko po: tutorbea_2020'],
    ['g . m . a . i . l — r.o.m.e.l.l.o.p.e.z.9.1', 'g . m . a . i . l — r.o.m.e.l.l.o.p.e.z.9.1'],
    ["it's my username here at gmail", 'username here at gmail'],
    ["c'est le même pseudo qu'ici, sur outlook", "même pseudo qu'ici, sur outlook"],
    ['моя почта: ник как здесь, на яндексе', 'ник как здесь, на яндексе'],
    ['mailim buradaki kullanıcı adımla aynı, gmail', 'buradaki kullanıcı adımla aynı, gmail'],
    ['邮箱跟我在这里的用户名一样，qq邮箱', '在这里的用户名一样，qq'],
    ['my first name and last name together, then the at sign, then outlook', 'first name and last name together, then the at sign, then outlook'],
    ['imię i nazwisko razem, potem małpa i onet', 'imię i nazwisko razem, potem małpa i onet'],
    ['ユーザー名の後ろに@yahoo.co.jpをつけてください', 'ユーザー名の後ろに@yahoo.co.jpをつけ'],
    ['我的QQ号是 915527306，QQ邮箱就是号码后面加qq.com', 'QQ邮箱就是号码后面加qq.com'],
    ['gửi file qua mail, gmail là thanhhuong.design', 'gmail là thanhhuong.design'],
    ['邮箱是qq的 后面就是 2837164590', 'qq的 后面就是 2837164590'],
  ])('finds %j', (text, span) => {
    expect(found(text)).toMatchObject([{ kind: 'email', text: span }]);
  });

  it.each([
    'I use Gmail for work and Outlook for personal stuff',
    'Can you add login with Gmail, then the user dashboard?',
    'I worked at Yahoo in 2019, then moved to Google',
    'My name is Ana, then I will send the files via Gmail tomorrow',
    'Je m\'appelle Julie, j\'utilise Gmail et Outlook',
    'Aku pakai Gmail, terus nama file nya laporan_2024.pdf',
    'Export the contacts from Outlook to a CSV named contacts_v2.csv then import',
    'The gmail API v3 uses oauth2 tokens',
    'Gmailのアドレスは後で教えるね、名前はここで大丈夫',
    'je suis chez moi ce soir, point final',
    'this sofa is s o o o comfy, I got it at IKEA',
    'the list of items is in the pt com folder',
  ])('leaves %j alone', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each(['I use gmail for my site anabauer.de', 'check gmail, then go to bbc.co.uk'])('reads the site in %j as a site, not a mailbox', (text) => {
    expect(found(text).map((match) => match.kind)).toEqual(['url']);
  });
});

describe('links: precision', () => {
  it.each([
    'user.email comes back empty when settings.phoneNumber is set',
    'Set config.smtp_host to smtp.gmail.com in settings.py',
    'Backend with Node.js, frontend with Vue.js and ASP.NET Core',
    'Uso Socket.io e Three.js no projeto',
    'see ourmarket.example/help/escrow',
    'sign up at gmail.com first',
  ])('leaves %j alone', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['my site: yousefphoto.me', 'yousefphoto.me'],
    ['check my site anaruiz dot design', 'anaruiz dot design'],
    ['QQ邮箱后面加mysite.com', 'mysite.com'],
  ])('finds %j', (text, span) => {
    expect(found(text)).toMatchObject([{ kind: 'url', text: span }]);
  });
});

describe('email: described addresses while typing', () => {
  // The provider scans resume after the last text's unchanged start, and the cues of a sentence are
  // remembered by the text they read: one detector fed a draft key by key and then edited must
  // give what a first read gives.
  const typist = createDetector();
  const typed = (text: string) => typist.detect(text).filter((match) => match.kind === 'email');

  it('finds a description typed key by key, and keeps it while typing on after it', () => {
    const draft = 'ok. my gmail is anakova88. Thanks, see you on Monday';
    for (let length = 1; length < draft.length; length += 1) typed(draft.slice(0, length));
    expect(typed(draft)).toMatchObject([{ text: 'gmail is anakova88', start: 7 }]);
  });

  it('reads the sentence again when it changes, and moves its finding with an edit before it', () => {
    expect(typed('yahoo ko po: tutorbea_2020')).toMatchObject([{ text: 'yahoo ko po: tutorbea_2020' }]);
    expect(typed('yahoo ko po: tutorbea')).toEqual([]);
    expect(typed('yahoo ko po: tutorbea_2020. ok')).toMatchObject([{ text: 'yahoo ko po: tutorbea_2020', start: 0 }]);
    expect(typed('hi! yahoo ko po: tutorbea_2020. ok')).toMatchObject([{ text: 'yahoo ko po: tutorbea_2020', start: 4 }]);
  });

  it('reads a provider that is an everyday word again when the word for mail before it goes', () => {
    const draft = 'maila mam na wp: tomek.nowak.foto';
    for (let length = 1; length <= draft.length; length += 1) typed(draft.slice(0, length));
    expect(typed(draft)).toMatchObject([{ text: expect.stringContaining('tomek.nowak.foto') }]);
    expect(typed(`hej, ${draft.slice('maila '.length)}`)).toEqual([]);
  });
});
