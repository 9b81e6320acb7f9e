// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector({ kinds: ['intent'] });
const everything = createDetector();
const intents = (text: string) => detector.detect(text).map((match) => match.text);
const kindsIn = (text: string) => everything.detect(text).map((match) => match.kind);

describe('intent recognizer', () => {
  describe('finds invitations to leave the platform', () => {
    it.each([
      // English
      ["let's continue on WhatsApp", "let's continue on WhatsApp", 'whatsapp'],
      ['Let’s move this to Telegram?', 'move this to Telegram', 'telegram'],
      ['can we talk on whatsapp?', 'can we talk on whatsapp', 'whatsapp'],
      ["why don't we continue on telegram", 'continue on telegram', 'telegram'],
      ['text me', 'text me', undefined],
      ['call me tomorrow at 5', 'call me', undefined],
      ['email me when you can', 'email me', undefined],
      ["what's your number?", "what's your number", undefined],
      ['whats your number', 'whats your number', undefined],
      ["let's continue on WhatsApp tomorrow morning", "let's continue on WhatsApp", 'whatsapp'],
      ['we could move this to google meet', 'we could move this to google meet', 'google-meet'],
      ['whats your whatsapp', 'whats your whatsapp', 'whatsapp'],
      ['send me your email', 'send me your email', undefined],
      ['give me your phone', 'give me your phone', undefined],
      ['can I get your personal email', 'can I get your personal email', undefined],
      ['the interview will be on Telegram', 'interview will be on Telegram', 'telegram'],
      ['our call is on Zoom', 'call is on Zoom', 'zoom'],
      ["let's hop on a zoom call", "let's hop on a zoom call", 'zoom'],
      ['add me on Skype', 'add me on Skype', 'skype'],
      ['DM me on Instagram', 'DM me on Instagram', 'instagram'],
      ['hit me up on discord', 'hit me up on discord', 'discord'],
      ['give me a call', 'give me a call', undefined],
      ['shoot me an email', 'shoot me an email', undefined],
      ['do you have WhatsApp?', 'have WhatsApp', 'whatsapp'],
      ['are you on Signal?', 'are you on Signal', 'signal'],
      ['I will send you my number', 'send you my number', undefined],
      ["let's talk outside the platform", "let's talk outside the platform", undefined],
      ['we should take this offline', 'take this offline', undefined],
      ['contact me directly', 'contact me directly', undefined],
      ['my whatsapp is in my bio', 'whatsapp is in my bio', 'whatsapp'],
      // Spanish
      ['escríbeme al WhatsApp', 'escríbeme al WhatsApp', 'whatsapp'],
      ['pásame tu número', 'pásame tu número', undefined],
      ['llámame', 'llámame', undefined],
      ['mándame un whatsapp', 'mándame un whatsapp', 'whatsapp'],
      ['¿cuál es tu correo?', 'cuál es tu correo', undefined],
      ['hablemos por telegram', 'hablemos por telegram', 'telegram'],
      ['te paso mi número', 'te paso mi número', undefined],
      // Portuguese
      ['me passa seu número', 'me passa seu número', undefined],
      ['me chama no zap', 'me chama no zap', 'whatsapp'],
      ['me liga', 'me liga', undefined],
      ['qual é o seu whatsapp?', 'qual é o seu whatsapp', 'whatsapp'],
      ['vamos conversar pelo telegram', 'vamos conversar pelo telegram', 'telegram'],
      // French
      ['ajoute-moi sur Telegram', 'ajoute-moi sur Telegram', 'telegram'],
      ['écris-moi sur WhatsApp', 'écris-moi sur WhatsApp', 'whatsapp'],
      ['appelle-moi', 'appelle', undefined],
      ['donne-moi ton numéro', 'donne-moi ton numéro', undefined],
      ["je t'envoie mon mail", "t'envoie mon mail", undefined],
      // German
      ['schreib mir auf WhatsApp', 'schreib mir auf WhatsApp', 'whatsapp'],
      ['ruf mich an', 'ruf mich', undefined],
      ['gib mir deine Nummer', 'gib mir deine Nummer', undefined],
      ['lass uns auf Telegram weiterreden', 'Telegram weiterreden', 'telegram'],
      // Italian
      ['scrivimi su WhatsApp', 'scrivimi su WhatsApp', 'whatsapp'],
      ['chiamami', 'chiamami', undefined],
      ['dammi il tuo numero', 'dammi il tuo numero', undefined],
      // Indonesian
      ['hubungi saya di WA', 'hubungi saya di WA', 'whatsapp'],
      // ("nomor wa" is read as one detail word, "WhatsApp number", which names no app on its own.)
      ['minta nomor wa kamu', 'minta nomor wa', undefined],
      ['telpon saya ya', 'telpon saya', undefined],
      ['lanjut di telegram aja', 'lanjut di telegram', 'telegram'],
    ])('%j', (text, span, platform) => {
      const [match, ...rest] = detector.detect(text);
      expect(rest).toEqual([]);
      expect(match).toMatchObject({ kind: 'intent', text: span });
      expect(match?.platform).toBe(platform);
    });
  });

  describe('does not report', () => {
    it.each([
      // skills talk that merely names an app
      'I built a Telegram bot',
      '5 years of WhatsApp API work',
      'I run Instagram ads',
      'I integrated Zoom SDK',
      'do you have WhatsApp API experience?',
      'I wrote a WhatsApp integration for a clinic',
      // refusals and talk about the rule itself
      "I don't work outside the platform",
      "I won't share my number before the contract",
      'we can share emails once the contract starts',
      "the platform says we can't exchange phone numbers",
      'please do not text me',
      'send me your number once the contract starts',
      'we can talk on whatsapp after the offer is accepted',
      'we cannot talk on whatsapp until the offer is accepted',
      // a question about the rule is rule talk, not a request (asking the other person is)
      'is it allowed to talk on WhatsApp?',
      'can we talk on whatsapp, or is that against the rules?',
      // on-platform requests
      'text me the requirements here in chat',
      'text me here',
      'message me here',
      'call me when you are ready on this chat',
      'please message me through the platform',
      // ordinary uses of "call", "number", "phone"
      'a call option in JS',
      'the API call failed',
      'call the API',
      'the call function returns a promise',
      'call me Ishmael',
      'you can call me Ana',
      'what is your phone model?',
      'what is the number of pages?',
      'give me your feedback',
      'send me your files',
      'what is your timezone',
      "let's go to line 42",
      "let's continue on Monday",
      'add me on the project board',
      "what's your number one priority?",
      // other languages: refusals
      'no puedo compartir mi número',
      'não posso passar meu número antes do contrato',
      'je ne peux pas partager mon numéro',
      'ich darf meine Nummer nicht teilen',
      'non posso darti il mio numero',
      'saya tidak bisa kasih nomor saya',
      'no me escribas al WhatsApp',
      'não me chama no zap',
      'jangan hubungi saya di WA',
    ])('%j', (text) => {
      expect(intents(text)).toEqual([]);
    });
  });

  it('looks only a few words back for a negation, and not across clauses', () => {
    expect(intents('No worries, text me')).toEqual(['text me']);
    expect(intents("I can't talk now but call me tomorrow")).toEqual(['call me']);
    expect(intents("I don't mind at all, really, let's talk on Telegram")).toEqual(["let's talk on Telegram"]);
    expect(intents("I don't want to be rude here but let's continue on WhatsApp")).toEqual(["let's continue on WhatsApp"]);
  });

  it('reports offsets into the original text, across full-width and zero-width disguises', () => {
    const text = 'ok so ｔｅｘｔ ｍｅ!';
    const [match] = detector.detect(text);
    expect(match).toMatchObject({ start: 6, end: 13, text: 'ｔｅｘｔ ｍｅ', obfuscated: true });
    const hidden = 'please call\u200B me';
    expect(detector.detect(hidden)[0]).toMatchObject({ text: 'call\u200B me', start: 7, end: 15 });
    expect(detector.detect('text me')[0]?.obfuscated).toBe(false);
  });

  it('gives a named app more confidence than a bare invitation', () => {
    const named = detector.detect("let's continue on WhatsApp")[0]!;
    const bare = detector.detect('text me')[0]!;
    expect(named.confidence).toBeGreaterThan(bare.confidence);
    expect(bare.confidence).toBeGreaterThan(0);
    expect(named.confidence).toBeLessThan(0.95);
  });

  it('reports one match for one invitation and several for several', () => {
    expect(intents("let's continue on WhatsApp. Or text me. ¿Cuál es tu correo?")).toEqual([
      "let's continue on WhatsApp",
      'text me',
      'Cuál es tu correo',
    ]);
  });

  it('matches phrases an integrator adds, case- and spacing-insensitively', () => {
    const custom = createDetector({ kinds: ['intent'], intentPhrases: ['Ping me on the other app', 'find me on the forum'] });
    expect(custom.detect('ok, PING me on  the other app')[0]).toMatchObject({ kind: 'intent', text: 'PING me on  the other app' });
    expect(custom.detect('find me on the forum!')[0]?.text).toBe('find me on the forum');
    expect(custom.detect('find me on the forums')).toEqual([]);
    expect(custom.detect("I won't find me on the forum")).toEqual([]);
  });

  it('knows platforms an integrator adds', () => {
    const custom = createDetector({ kinds: ['intent'], platforms: [{ id: 'threema', names: ['threema'] }] });
    expect(custom.detect('add me on Threema')[0]).toMatchObject({ platform: 'threema', text: 'add me on Threema' });
  });

  it('respects `kinds`', () => {
    expect(createDetector({ kinds: ['phone'] }).detect("let's continue on WhatsApp")).toEqual([]);
    expect(everything.detect("let's continue on WhatsApp").map((match) => match.kind)).toEqual(['intent']);
  });

  it('gives way to a concrete detail in the same span', () => {
    const matches = everything.detect('text me at +1 917 442 0188');
    expect(matches.map((match) => match.kind)).toEqual(['intent', 'phone']);
    expect(everything.detect('email me: ana@mail.co').map((match) => match.kind)).toEqual(['intent', 'email']);
  });
});

describe('intent recognizer (full detector)', () => {
  it.each([
    ["let's continue on WhatsApp", 'whatsapp'],
    ['text me', undefined],
    ["what's your number?", undefined],
    ['send me your email', undefined],
    ['the interview will be on Telegram', 'telegram'],
    ['add me on Skype', 'skype'],
    ["let's talk outside the platform", undefined],
    ['escríbeme al WhatsApp', 'whatsapp'],
    ['me passa seu número', undefined],
    ['ajoute-moi sur Telegram', 'telegram'],
    ['schreib mir auf WhatsApp', 'whatsapp'],
    ['scrivimi su WhatsApp', 'whatsapp'],
    ['hubungi saya di WA', 'whatsapp'],
  ])('finds %j', (text, platform) => {
    const [match] = everything.detect(text);
    expect(match?.kind).toBe('intent');
    expect(match?.platform).toBe(platform);
  });

  it.each([
    'I built a Telegram bot',
    '5 years of WhatsApp API work',
    'I run Instagram ads',
    'I integrated the Zoom SDK',
    "I don't work outside the platform",
    "I won't share my number before the contract",
    'we can share emails once the contract starts',
    "the platform says we can't exchange phone numbers",
    'is it allowed to talk on WhatsApp?',
    'text me here in the chat',
    'the API call failed',
  ])('does not report %j', (text) => {
    expect(kindsIn(text)).toEqual([]);
  });

  it('matches phrases an integrator adds', () => {
    const custom = createDetector({ intentPhrases: ['ping me on the other app'] });
    expect(custom.detect('Ping me on the other app')[0]?.kind).toBe('intent');
  });
});
