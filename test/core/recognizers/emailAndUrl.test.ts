// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector();
const found = (text: string) => detector.detect(text).map(({ kind, text: span }) => [kind, span]);

describe('email recognizer', () => {
  it.each([
    ['write to ana@mail.co please', 'ana@mail.co', false],
    ['ana (at) mail (dot) co', 'ana (at) mail (dot) co', true],
    ['ana[at]mail[dot]co', 'ana[at]mail[dot]co', true],
    ['ana at mail dot co', 'ana at mail dot co', true],
    ['a n a @ m a i l . c o', 'a n a @ m a i l . c o', true],
    ['ping ana at gmail', 'ana at gmail', true],
    ['ａｎａ＠ｍａｉｌ．ｃｏ', 'ａｎａ＠ｍａｉｌ．ｃｏ', true],
    ['аnа@mаil.cо', 'аnа@mаil.cо', true],
    ['an\u200Ba@ma\u200Bil.co', 'an\u200Ba@ma\u200Bil.co', true],
    ['mailto:Ana.B@Mail.CO', 'Ana.B@Mail.CO', false],
  ])('finds %j', (text, span, obfuscated) => {
    const [match] = detector.detect(text);
    expect(match).toMatchObject({ kind: 'email', text: span, obfuscated });
  });

  it('normalises the value, filling in well-known providers', () => {
    expect(detector.detect('ana at gmail')[0]?.value).toBe('ana@gmail.com');
    expect(detector.detect('Ana.B@Mail.CO')[0]?.value).toBe('ana.b@mail.co');
  });

  it.each(['meet @ 5pm', '@Maria thanks!', 'I am at home now', 'moan at me', 'test@ or @example.com or test@', 'http://user:pass@example.com'])(
    'does not report an email in %j',
    (text) => {
      expect(detector.detect(text).filter((match) => match.kind === 'email')).toEqual([]);
    },
  );
});

describe('url recognizer', () => {
  it.each([
    ['see myportfolio.io', 'myportfolio.io'],
    ['www.x.dev', 'www.x.dev'],
    ['https://example.com/work?id=1.', 'https://example.com/work?id=1'],
    ['(https://example.com/a_(b))', 'https://example.com/a_(b)'],
    ['myportfolio dot io', 'myportfolio dot io'],
    ['WAY2SMS.COM', 'WAY2SMS.COM'],
    ['президент.рф', 'президент.рф'],
  ])('finds %j', (text, span) => {
    expect(found(text)).toEqual([['url', span]]);
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
    expect(detector.detect('wa.me/15551234567')[0]).toMatchObject({ kind: 'social', platform: 'whatsapp' });
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
