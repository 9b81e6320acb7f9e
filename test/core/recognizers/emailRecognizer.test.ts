// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector();
const emails = (text: string) => detector.detect(text).filter((match) => match.kind === 'email');

describe('email recognizer: plain and disguised addresses', () => {
  it.each([
    // [input, highlighted span, value, obfuscated]
    ['write to ana@mail.co', 'ana@mail.co', 'ana@mail.co', false],
    ['ana (at) mail (dot) co', 'ana (at) mail (dot) co', 'ana@mail.co', true],
    ['ana[at]mail[dot]co', 'ana[at]mail[dot]co', 'ana@mail.co', true],
    ['ana {at} mail {dot} co', 'ana {at} mail {dot} co', 'ana@mail.co', true],
    ['ana [@] gmail [.] com', 'ana [@] gmail [.] com', 'ana@gmail.com', true],
    ['ana at mail dot co', 'ana at mail dot co', 'ana@mail.co', true],
    ['ANA_B AT GMAIL DOT COM', 'ANA_B AT GMAIL DOT COM', 'ana_b@gmail.com', true],
    ['ana dot b at gmail dot com', 'ana dot b at gmail dot com', 'ana.b@gmail.com', true],
    ['a n a @ m a i l . c o', 'a n a @ m a i l . c o', 'ana@mail.co', true],
    ['ping ana at gmail', 'ana at gmail', 'ana@gmail.com', true],
    ['ana at hotmail please', 'ana at hotmail', 'ana@hotmail.com', true],
    ['ana at yandex', 'ana at yandex', 'ana@yandex.com', true],
    ['ana at proton', 'ana at proton', 'ana@proton.me', true],
    ['ana at mail.ru', 'ana at mail.ru', 'ana@mail.ru', true],
    ['ana at live.com', 'ana at live.com', 'ana@live.com', true],
    ['ana at yahoo.co.uk', 'ana at yahoo.co.uk', 'ana@yahoo.co.uk', true],
    ['ana at gmail com', 'ana at gmail com', 'ana@gmail.com', true],
    ['ana at gmail. com', 'ana at gmail. com', 'ana@gmail.com', true],
    ['ana@gmail .com', 'ana@gmail .com', 'ana@gmail.com', true],
    ['lena_nachhilfe at web de', 'lena_nachhilfe at web de', 'lena_nachhilfe@web.de', true],
    ['kasia.n@wp pl', 'kasia.n@wp pl', 'kasia.n@wp.pl', true],
    ['olga.repetitor sobaka bk ru', 'olga.repetitor sobaka bk ru', 'olga.repetitor@bk.ru', true],
    ['ivan_petrov88 собака бк ру', 'ivan_petrov88 собака бк ру', 'ivan_petrov88@bk.ru', true],
    ['contact ana at sub.domain.co.uk', 'ana at sub.domain.co.uk', 'ana@sub.domain.co.uk', true],
    ['my email: ana at company.com', 'ana at company.com', 'ana@company.com', true],
    ['ana @ gmail . com', 'ana @ gmail . com', 'ana@gmail.com', true],
    ['ana@ gmail.com', 'ana@ gmail.com', 'ana@gmail.com', true],
    ['ana @gmail.com', 'ana @gmail.com', 'ana@gmail.com', true],
    ['ana＠mail.co', 'ana＠mail.co', 'ana@mail.co', true],
    ['аnа@mаil.cо', 'аnа@mаil.cо', 'ana@mail.co', true],
    ['an\u200Ba@mail.co', 'an\u200Ba@mail.co', 'ana@mail.co', true],
    ['mailto:Ana.B@Mail.CO', 'Ana.B@Mail.CO', 'ana.b@mail.co', false],
    ['ana.b@sub.mail.co.uk.', 'ana.b@sub.mail.co.uk', 'ana.b@sub.mail.co.uk', false],
  ])('finds %j', (input, span, value, obfuscated) => {
    const found = emails(input);
    expect(found).toHaveLength(1);
    const [match] = found;
    expect(match).toMatchObject({ text: span, value, obfuscated });
    expect(input.slice(match!.start, match!.end)).toBe(match!.text);
  });

  it.each([
    'meet @ 5pm',
    '@Maria thanks!',
    'thanks @ Maria. It works',
    'test@ or @example.com or test@',
    'I worked at Yahoo for 5 years',
    'I interned at Yandex',
    'we met at AOL',
    'see you at 163 Main Street',
    "I'm at gmail",
    'the team at Outlook rocks',
    'blogging at magicalsongs.blogspot.com',
    'moan at me',
    'email the team at acme.com today',
    'see you at noon come on',
    'meet me at web de',
    'lena at web de',
    'email@localhost',
    'ana@@mail.co',
    'http://user:pass@example.com',
  ])('reports no email in %j', (input) => {
    expect(emails(input)).toEqual([]);
  });

  it('never reports an address on an allowed domain', () => {
    const allowed = createDetector({ allowDomains: ['platform.com'] });
    expect(allowed.detect('write to support@platform.com or help@eu.platform.com')).toEqual([]);
    expect(allowed.detect('ana@gmail.com')).toHaveLength(1);
  });

  it('turns spelled symbols off with obfuscation.spelledSymbols', () => {
    const literal = createDetector({ obfuscation: { spelledSymbols: false } });
    expect(literal.detect('ana (at) mail (dot) co')).toEqual([]);
    expect(literal.detect('ana@mail.co')).toHaveLength(1);
  });

  it('keeps spaced-out letters for the separators stage', () => {
    const noSeparators = createDetector({ obfuscation: { separators: false } });
    expect(noSeparators.detect('a n a @ m a i l . c o').filter((match) => match.kind === 'email')).toEqual([]);
  });

  it('is restricted by options.kinds', () => {
    expect(createDetector({ kinds: ['phone'] }).detect('ana@mail.co')).toEqual([]);
  });

  it.each([
    ['a'.repeat(50000) + '@'],
    ['@'.repeat(50000)],
    ['a@'.repeat(25000)],
    [' at '.repeat(20000)],
    ['a (at) '.repeat(10000)],
  ])('returns on pathological input (%#)', (input) => {
    expect(Array.isArray(detector.detect(input))).toBe(true);
  });
});

describe('email recognizer (full detector)', () => {
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
