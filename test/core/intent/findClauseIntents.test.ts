// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector();
const intents = (text: string) => detector.detect(text).filter((match) => match.kind === 'intent');

describe('intent read at clause level, in every language', () => {
  it.each([
    ['could we maybe chat on signal instead', 'signal'],
    ['seguimos hablando por el guasap', 'whatsapp'],
    ['passe no zap que é mais rápido', 'whatsapp'],
    ['écrivez-moi plutôt sur télégram', 'telegram'],
    ['lass uns bei Insta weiterschreiben', 'instagram'],
    ['parliamo su uozzap', 'whatsapp'],
    ['давайте перейдём в телегу', 'telegram'],
    ['przejdźmy na fejsa', 'facebook'],
    ["vatsaptan yazalım", 'whatsapp'],
    ['نكمل كلامنا على التليجرام', 'telegram'],
    ['टेलीग्राम पे बात करते हैं', 'telegram'],
    ['ভাইবারে কথা বলি', 'viber'],
    ['وٹس ایپ پر بات کریں', 'whatsapp'],
    ['lanjut ngobrol di tele ya', 'telegram'],
    ['usap tayo sa messenger', 'facebook'],
    ['kết bạn zalo nha', 'zalo'],
    ['我们去微信聊吧', 'wechat'],
    ['インスタでやり取りしましょう', 'instagram'],
  ])('finds the move to an app in %j', (text, platform) => {
    expect(intents(text).map((match) => match.platform)).toContain(platform);
  });

  it.each([
    'could you share your email address',
    'dime tu teléfono porfa',
    'podaj mi swój numer telefonu',
    'आपका फोन नंबर भेजो',
    'অন্য অ্যাপে কথা বলা যায়?',
    'would it be easier to talk elsewhere?',
    'можно я позвоню вам напрямую?',
    '電話番号を教えてください',
  ])('finds a request without an app in %j', (text) => {
    expect(intents(text)).toHaveLength(1);
  });

  it.each([
    // an app as a topic of work
    'I build WhatsApp bots for clinics',
    'Instagram marketing and TikTok ads, 10 posts a month',
    'Entwickle Telegram-Bots und WhatsApp-Integrationen',
    'LINEスタンプのデザインをします',
    // talk about the rule
    'the site says we cannot share numbers before booking, so let us keep it here',
    'las reglas no permiten pasar el teléfono, seguimos por aquí',
    // quoted scam warnings
    'someone asked me to move to Telegram, is that a scam?',
    '"add me on telegram for a refund" — that is phishing, report it',
    // other honest messages
    'what is your phone model?',
    'send me your order number please',
    'I saw your work on Instagram, nice kitchen',
  ])('leaves %j alone', (text) => {
    expect(intents(text)).toEqual([]);
  });
});

describe('everyday words that name apps', () => {
  it.each(['the signal is weak, can we talk later?', 'sorry for the mess, let us talk tomorrow', 'face to face is better, we can chat at the cafe'])(
    'leave %j alone',
    (text) => {
      expect(intents(text)).toEqual([]);
    },
  );

  it.each([
    ['can we talk on signal instead', 'signal'],
    ['agrégame al face y hablamos', 'facebook'],
    ['chat tayo sa messenger', 'facebook'],
  ])('find the app after a preposition in %j', (text, platform) => {
    expect(intents(text).map((match) => match.platform)).toContain(platform);
  });
});

describe('polite, indirect and question forms', () => {
  it.each([
    // how / where to reach someone
    'is there another way to contact you?',
    'wo kann ich dir schreiben, um die Stunden zu planen?',
    'куда тебе написать?',
    'آپ کو کہاں میسج کروں؟',
    'আপনাকে কোথায় মেসেজ করবো?',
    '先生にはどこで連絡できますか？',
    // a question split by a comma
    'gibt es eine andere Möglichkeit, Sie zu kontaktieren?',
    // a proposal over the whole sentence, its negation included
    "wenn's dir recht ist, klären wir das außerhalb der App",
    "si ça vous dérange pas on peut voir ça hors de l'appli",
    'kalau tidak keberatan kita bahas di luar aplikasi ya',
    // a rhetorical negated question
    '¿no sería más fácil hablar por otro lado?',
    'non sarebbe più comodo sentirci altrove?',
    // a detail used as the channel
    'vielleicht könnten wir per Mail weitermachen',
    '要不我们邮件沟通吧',
    // a destination named before "here"
    'mejor pasemos a WhatsApp que por aquí tardan los mensajes',
  ])('finds the invitation in %j', (text) => {
    expect(intents(text)).toHaveLength(1);
  });

  it.each([
    "I'd rather not talk outside the app",
    'where can we meet for the handover?',
    'whats the price?',
    'how do I leave a review here?',
    'need someone to redesign our Instagram highlights and LinkedIn banner',
    'cari admin buat kelola Instagram toko kami',
  ])('leaves %j alone', (text) => {
    expect(intents(text)).toEqual([]);
  });
});

describe('platform names one typo away', () => {
  it.each([
    ['chat mo ko sa messenjer', 'facebook'],
    ['escríbeme al wahtsapp cuando llegues', 'whatsapp'],
    ['başka foto istersen instadan dm at', 'instagram'],
  ])('are read after a cue in %j', (text, platform) => {
    expect(intents(text).map((match) => match.platform)).toContain(platform);
  });

  it.each(['good vibes, talk soon', 'please discard the old draft and message me the new one here'])('leave %j alone', (text) => {
    expect(intents(text)).toEqual([]);
  });
});

describe('calls asked for and bare app questions', () => {
  it.each(['позвони мне завтра', 'zadzwoń do mnie wieczorem', 'beni ara akşam', 'আমাকে ফোন করো', 'tawagan mo ako mamaya', 'gọi cho anh nhé', '明日電話してください', 'WhatsApp?', '¿Telegram?'])(
    'finds %j',
    (text) => {
      expect(intents(text)).toHaveLength(1);
    },
  );

  it.each(['call me Ana, everyone does', 'me llamo Ana y vendo la bici', 'mi chiamo Luca, affitto la stanza', 'the API call failed for me twice', 'is the bike on Instagram?'])(
    'leaves %j alone',
    (text) => {
      expect(intents(text)).toEqual([]);
    },
  );
});

describe('proposals without a contact verb', () => {
  it.each(['давай в вайбер', 'zalo nhé', 'мне удобнее в вотсапе', 'व्हाट्सएप पे आ जाओ', 'whatsapp pe aa jao', "je t'ajoute sur snap", "whatsapp'a geçsek?"])('finds %j', (text) => {
    expect(intents(text)).toHaveLength(1);
  });

  it.each(["maybe I'll post the photos on Instagram later", 'mejor lo vi en Instagram', 'aku liat di IG aja', 'давай я выложу фото в инстаграм', 'saw it on TikTok, maybe we can do something similar'])(
    'leaves %j alone',
    (text) => {
      expect(intents(text)).toEqual([]);
    },
  );
});

describe('asking for a number', () => {
  it.each(["c'est quoi ton insta ?", 'jaki masz numer?', 'no hp berapa?', 'ano number mo?', 'số điện thoại của bạn là gì?', 'mind sending your contact?'])('finds %j', (text) => {
    expect(intents(text)).toHaveLength(1);
  });

  it.each(['jaki masz numer zamówienia?', 'какой у тебя номер заказа?', "what's your order number?", "c'est quoi le prix ?", 'berapa harganya?', 'giá bao nhiêu?'])(
    'leaves %j alone',
    (text) => {
      expect(intents(text)).toEqual([]);
    },
  );
});

describe('an app the writer prefers or lives on', () => {
  it.each([
    ['Telegram is easier for me tbh', 'telegram'],
    ["I'm more active on whatsapp fyi", 'whatsapp'],
    ['yo ando más en insta jaja', 'instagram'],
    ['je suis plus souvent sur insta', 'instagram'],
    ['мне в вотсапе удобнее', 'whatsapp'],
    ['instada daha aktifim', 'instagram'],
    ['मैं इंस्टा पर ज़्यादा एक्टिव रहता हूँ', 'instagram'],
    ['আমি ইমোতে বেশি থাকি', 'imo'],
    ['aku lebih aktif di ig kak', 'instagram'],
    ['mình hay on facebook hơn', 'facebook'],
    ['我平时比较常上QQ', 'qq'],
    ['LINEのほうが楽です', 'line'],
    ['melhor no zap, né?', 'whatsapp'],
    ['whatsapp daha iyi olur', 'whatsapp'],
  ])('reads %j as a proposal', (text, platform) => {
    expect(intents(text).map((match) => match.platform)).toContain(platform);
  });

  it('reads "more active on X, ping me there" as one invitation', () => {
    const text = "I'm way more active on signal tbh, ping me there";
    expect(intents(text).map((match) => match.text)).toEqual(['more active on signal tbh, ping me there']);
  });

  it.each([
    'my daughter is always on TikTok, that is how she found your listing',
    'mi hijo está siempre en tiktok, por él te encontré',
    'дочка постоянно сидит в тиктоке',
    'Instagram is better for marketing than TikTok in my experience',
    'instagram es mejor que facebook para vender ropa',
    'face to face is better, we can chat at the cafe',
    'mejor lo vi en Instagram',
    '我店里顾客一般用微信支付',
  ])('leaves %j alone', (text) => {
    expect(intents(text)).toEqual([]);
  });
});

describe('verb-less and reordered moves and asks', () => {
  it.each([
    'o resto a gente vê no zap?',
    'no whats eu respondo mais rápido',
    '¿nos pasamos a Telegram?',
    'pindah wa bisa?',
    'wpden yaz bana',
    'wp\'ye alalım mı konuyu',
    'bi numara versene',
    'number milega aapka?',
    'hast du ne nummer für mich?',
    'すぐ連絡取れる番号ってありますか？',
    'boleh minta nomor yang bisa dihubungi',
    'sa viber na lang tayo',
  ])('finds %j', (text) => {
    expect(intents(text)).not.toEqual([]);
  });

  it.each([
    'no WhatsApp please, only here',
    'aku liat di IG aja',
    "let's go to line 42",
    'can you fix my WhatsApp Business message template? it keeps getting rejected',
    'pouvez-vous refaire ma page Facebook pro ? les horaires sont faux',
    'ممكن تصلح قالب رسائل واتساب بزنس حقي؟',
  ])('leaves %j alone', (text) => {
    expect(intents(text)).toEqual([]);
  });
});

describe('interviews on an app, staying in touch, "are you on" and short asks', () => {
  it.each([
    // an interview or intro call is talk, held on the app
    ['¿hacemos la entrevista por Telegram?', 'telegram'],
    ["on peut faire l'entretien sur Telegram ?", 'telegram'],
    ['können wir das Vorstellungsgespräch über Telegram machen?', 'telegram'],
    ['facciamo il colloquio su Telegram?', 'telegram'],
    ['давайте проведём собеседование в Телеграме?', 'telegram'],
    ['mình phỏng vấn qua Telegram được không ạ?', 'telegram'],
    ['ইন্টারভিউটা কি টেলিগ্রামে করা যায়?', 'telegram'],
    ['tanışma görüşmesini BiP üzerinden yapabilir miyiz?', 'bip'],
    // staying in touch on a network after the job
    ["project's done, let's stay in touch on LinkedIn", 'linkedin'],
    ['Projekt abgeschlossen, lass uns auf Xing in Kontakt bleiben', 'xing'],
    ['restiamo in contatto su LinkedIn per i prossimi progetti', 'linkedin'],
    ['проект закрыли, давай оставаться на связи в LinkedIn', 'linkedin'],
    ['projekt skończony, bądźmy w kontakcie na LinkedInie', 'linkedin'],
    ["proje bitti, LinkedIn'den iletişimde kalalım", 'linkedin'],
    ['المشروع خلص، خلينا على تواصل في لينكدإن', 'linkedin'],
    ['project ho gaya bhai, linkedin pe touch me rehte hain', 'linkedin'],
    ['پروجیکٹ مکمل، لنکڈان پر رابطے میں رہتے ہیں', 'linkedin'],
    ['proyek udah beres, tetap terhubung di LinkedIn ya', 'linkedin'],
    ['项目结束啦，以后领英上保持联系', 'linkedin'],
    // "are you on <app>?" and its variants
    ['انت على سيجنال؟ اكتبلك هناك', 'signal'],
    ['tele pe ho kya?', 'telegram'],
    ['ইমুতে আছেন? ওখানে মেসেজ দিই', 'imo'],
    ['haste whatsi?', 'whatsapp'],
    ['ﾗｲﾝやってますか？', 'line'],
    ['em không có Zalo, anh có Telegram không?', 'telegram'],
    ['você tá no Signal? te chamo lá', 'signal'],
    ['ты в сигнале? напишу туда', 'signal'],
  ])('finds %j', (text, platform) => {
    expect(intents(text).map((match) => match.platform)).toContain(platform);
  });

  it.each([
    'number de do apna',
    'anong cp number mo?',
    'would it be weird to chat somewhere more... direct?',
    "ti andrebbe di continuare a scrivere da un'altra parte?",
    // "leave your number" in the languages that say it with their own verb
    'اترك رقمك',
    'apna number chhod do',
    'নাম্বার দিয়ে যান',
    'tinggalin nomor kamu ya',
    'iwan mo number mo',
    // "somewhere else" in more words, and Telegram by its logo
    'it might be nicer to chat somewhere more private',
    'wäre es nicht einfacher, außerhalb zu schreiben?',
    '¿te gustaría seguir escribiendo en otro lado?',
    '他の所で話しませんか？',
    "let's talk on the paper plane app",
    // asking for a way to reach the other side, outside "here"
    "what's the best way to contact you outside here?",
    'shoot me your number',
    'lemme get ur number',
    'saang number kita tatawagan?',
    // the app as the verb: a Chinese nickname with the pronoun glued on, "hit me on"
    'V我一下',
    'hit me on tg',
    // a nickname that is the whole question
    'wa?',
    'ig?',
    'snap?',
  ])('finds the request in %j', (text) => {
    expect(intents(text)).toHaveLength(1);
  });

  it.each([
    // the app as the work, in an active contract
    'I build Telegram bots for shops, happy to show you a demo here',
    'bisa bikinin auto reply Instagram buat toko saya?',
    'ich baue Telegram-Bots für Onlineshops',
    // "I don't have Zalo" refuses, it does not ask
    'em ko có zalo',
    // a Tagalog "what" with no detail, a number that is an order's, a number for later
    'anong oras ka pupunta?',
    'order number de do apna',
    'give me the number of rooms',
    // an ellipsis does not join a mention to the next sentence's call of arrival
    'ok... call me when you arrive',
    'I saw it on Instagram... is it still available?',
    // staying in touch, with nobody moving anywhere
    'sono in contatto con il corriere, arriva domani',
    'hit me with your best price',
    // "nya" is the wallet's, not the verb's object: a payment ask, read by the payment reading
    'minta nomor ovo nya dong',
    'let me get the measurements first',
    'shoot me the photos here',
    '不要V我',
    // living outside town, meeting somewhere private to see a flat
    'ich wohne außerhalb, schreib mir wann du kommst',
    'we can meet somewhere private to see the flat',
    // someone else on an app, a signal without noise
    'ele tá no Instagram?',
    'в сигнале нет помех?',
    // follow-up messages are the work, not "follow me"
    'set up WhatsApp follow-up messages',
    // a marketer's own channel and its followers
    'mi canal de Telegram tiene 10 mil seguidores',
    'channel Telegram saya 10rb subscriber',
    'meu canal no Telegram tem 10 mil seguidores',
    // somewhere else to buy, a paper plane folded
    'en otro lado me lo dan más barato',
    'I folded a paper plane for my son',
    // a nickname that is an everyday word, asked with other words
    'oh snap?',
    'sorry for the mess?',
    'is it on ig?',
  ])('leaves %j alone', (text) => {
    expect(intents(text)).toEqual([]);
  });
});
