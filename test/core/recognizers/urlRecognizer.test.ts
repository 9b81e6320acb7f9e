// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector();
const urls = (text: string) => detector.detect(text).filter((match) => match.kind === 'url');
const kindsAndSpans = (text: string) => detector.detect(text).map(({ kind, text: span }) => [kind, span]);

describe('url recognizer', () => {
  it.each([
    ['see myportfolio.io', 'myportfolio.io', 'https://myportfolio.io', false],
    ['www.x.dev', 'www.x.dev', 'https://www.x.dev', false],
    ['go to https://Example.COM/Path?q=1.', 'https://Example.COM/Path?q=1', 'https://example.com/Path?q=1', false],
    ['(see myportfolio.io)', 'myportfolio.io', 'https://myportfolio.io', false],
    ['MYPORTFOLIO.IO', 'MYPORTFOLIO.IO', 'https://myportfolio.io', false],
    ['bit.ly/abc', 'bit.ly/abc', 'https://bit.ly/abc', false],
    ['me.com', 'me.com', 'https://me.com', false],
    ['http://192.168.1.1/x', 'http://192.168.1.1/x', 'http://192.168.1.1/x', false],
    ['myportfolio dot io', 'myportfolio dot io', 'https://myportfolio.io', true],
    ['www dot myportfolio dot com', 'www dot myportfolio dot com', 'https://www.myportfolio.com', true],
    ['I blog at magicalsongs.blogspot.com', 'magicalsongs.blogspot.com', 'https://magicalsongs.blogspot.com', false],
    ['myportfolio[.]io', 'myportfolio[.]io', 'https://myportfolio.io', true],
    ['see myportfolio(.)io', 'myportfolio(.)io', 'https://myportfolio.io', true],
  ])('finds %j', (input, span, value, obfuscated) => {
    const found = urls(input);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: span, value, obfuscated });
    expect(input.slice(found[0]!.start, found[0]!.end)).toBe(span);
  });

  it.each([
    'report.final.pdf', 'index.ts', 'photo.JPG', 'the config.yml', 'Angular.js, Three.js', 'I use Node.js daily',
    'v2.10.3', 'React 18.2', 'version 1.2.3.4', 'ASP.NET', 'e.g. this', 'i.e. that', 'at 9 a.m. ok', 'U.S.A.',
    'Ph.D.', 'message.it', 'tomorrow.call', 'SAT.LOVE', 'store.like', 'ok.so', 'It.is', 'on.net', 'my.site', 'Dr.Smith',
    '3.14', '10.30', 'price 3.50 usd', '192.168.1.1', 'the dot com era',
  ])('reports nothing in %j', (input) => {
    expect(detector.detect(input)).toEqual([]);
  });

  it('never reports allowed domains or their sub-domains, as url, email, social or meeting', () => {
    const allowed = createDetector({ allowDomains: ['platform.com', 't.me', 'zoom.us'] });
    expect(allowed.detect('see https://platform.com/jobs, help.platform.com and support@platform.com')).toEqual([]);
    expect(allowed.detect('https://t.me/platform_support or us02web.zoom.us/j/81234567890?pwd=abc')).toEqual([]);
    expect(allowed.detect('notplatform.com')).toHaveLength(1);
  });

  it('reports a profile link once, as social, not a dangling url fragment', () => {
    const found = detector.detect('here: https://t.me/ana_b?start=hi').filter((match) => match.kind !== 'intent');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'social', platform: 'telegram', text: 'https://t.me/ana_b?start=hi' });
  });

  it.each([
    ['here: https://wa.me/15551234567?text=hi', 'https://wa.me/', '15551234567'],
    ['https://api.whatsapp.com/send?phone=15551234567', 'https://api.whatsapp.com/send?phone=', '15551234567'],
    ['link t.me/+491711234567', 't.me/', '+491711234567'],
    ['zalo.me/0912345678 nhắn mình', 'zalo.me/', '0912345678'],
  ])('reports the number in a click-to-chat link %j as a phone, the link before it as social', (text, link, number) => {
    const found = detector.detect(text).filter((match) => match.kind !== 'intent');
    expect(found.map(({ kind, text: span }) => [kind, span])).toEqual([
      ['social', link],
      ['phone', number],
    ]);
  });

  it.each(['t.me/+AbCdEf123', 't.me/ana_b', 'wa.me/message/ABCD1234EFGH1'])('keeps a chat link without a number whole: %j', (text) => {
    expect(detector.detect(text).map((match) => [match.kind, match.text])).toEqual([['social', text]]);
  });

  it.each([
    ['lojadabia.com.br/?contato=11987001234', 'phone', '11987001234'],
    ['alexdev.io/?tg=dev_alex', 'social', 'dev_alex'],
  ])('reports the detail in the query of %j', (text, kind, detail) => {
    expect(kindsAndSpans(text)).toContainEqual([kind, detail]);
  });

  it.each(['shop.example.com/p?id=99812034&utm_source=ig', 'mystore.com/item?order=99812034&ref=ig'])('leaves ordinary query values in %j inside the link', (text) => {
    expect(kindsAndSpans(text)).toEqual([['url', text]]);
  });

  it('turns spelled dots off with obfuscation.spelledSymbols', () => {
    expect(createDetector({ obfuscation: { spelledSymbols: false } }).detect('myportfolio dot io')).toEqual([]);
  });

  it.each([['a.'.repeat(20000)], ['.'.repeat(50000)], ['a'.repeat(50000) + '.com'], ['www.'.repeat(10000)], ['x dot '.repeat(10000)]])(
    'returns on pathological input (%#)',
    (input) => {
      expect(Array.isArray(detector.detect(input))).toBe(true);
    },
  );
});

describe('url recognizer (full detector)', () => {
  it.each([
    ['see myportfolio.io', 'myportfolio.io'],
    ['www.x.dev', 'www.x.dev'],
    ['https://example.com/work?id=1.', 'https://example.com/work?id=1'],
    ['(https://example.com/a_(b))', 'https://example.com/a_(b)'],
    ['myportfolio dot io', 'myportfolio dot io'],
    ['WAY2SMS.COM', 'WAY2SMS.COM'],
    ['президент.рф', 'президент.рф'],
  ])('finds %j', (text, span) => {
    expect(kindsAndSpans(text)).toEqual([['url', span]]);
  });

  it.each([
    'open report.final.pdf',
    'fixed index.ts and photo.JPG',
    'upgrade to v2.10.3 or React 18.2',
    'built with Node.js and Vue.js',
    'e.g. this, i.e. that, at 10 a.m.',
    'read the message.it was fine',
    'see you tomorrow.call me',
    'price 12.50 at 10.30',
    'setup.py and notes.md',
  ])('does not report %j', (text) => {
    expect(detector.detect(text).filter((match) => match.kind === 'url')).toEqual([]);
  });

  it('never reports allowed domains, sub-domains included', () => {
    const platform = createDetector({ allowDomains: ['market.example', 'https://www.docs.example/'] });
    expect(platform.detect('see https://market.example/jobs/1 and help.market.example and docs.example')).toEqual([]);
    expect(platform.detect('support@market.example')).toEqual([]);
    expect(platform.detect('myportfolio.io').map((match) => match.kind)).toEqual(['url']);
  });

  it('reports known hosts with their platform', () => {
    expect(detector.detect('wa.me/ana_b')[0]).toMatchObject({ kind: 'social', platform: 'whatsapp' });
    expect(detector.detect('https://us02web.zoom.us/j/81234567890?pwd=abc')[0]).toMatchObject({ kind: 'meeting', platform: 'zoom' });
    expect(detector.detect('paypal.me/ana')[0]).toMatchObject({ kind: 'payment', platform: 'paypal' });
    expect(detector.detect('instagram.com')[0]).toMatchObject({ kind: 'url' });
  });

  it('switches the spelled-symbol stage off', () => {
    const literal = createDetector({ obfuscation: { spelledSymbols: false } });
    expect(literal.detect('ana (at) mail (dot) co')).toEqual([]);
    expect(literal.detect('ana@mail.co').map((match) => match.kind)).toEqual(['email']);
  });
});
