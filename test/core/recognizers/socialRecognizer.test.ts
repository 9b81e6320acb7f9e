// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';
import { detectContactInfo } from '../../../src/core/detectContactInfo';
import { redactMessage } from '../../../src/core/redactMessage';

const detector = createDetector();
const social = (text: string) => detector.detect(text).filter((match) => match.kind === 'social');

describe('social recognizer: handles next to a platform name, and profile links', () => {
  it.each([
    // [input, span, platform, value]
    ['wa.me/15551234567', 'wa.me/', 'whatsapp', 'https://wa.me/15551234567'],
    ['https://api.whatsapp.com/send?phone=15551234567', 'https://api.whatsapp.com/send?phone=', 'whatsapp', 'https://api.whatsapp.com/send?phone=15551234567'],
    ['join chat.whatsapp.com/AbCdEf', 'chat.whatsapp.com/AbCdEf', 'whatsapp', 'https://chat.whatsapp.com/AbCdEf'],
    ['t.me/ana_b', 't.me/ana_b', 'telegram', 'https://t.me/ana_b'],
    ['telegram.me/ana', 'telegram.me/ana', 'telegram', 'https://telegram.me/ana'],
    ['@ana_b on telegram', '@ana_b on telegram', 'telegram', 'ana_b'],
    ['my telegram is @ana_b', 'telegram is @ana_b', 'telegram', 'ana_b'],
    ['my telegram is anab', 'telegram is anab', 'telegram', 'anab'],
    ['tg: ana_b', 'tg: ana_b', 'telegram', 'ana_b'],
    ['signal.me/#p/+15551234567', 'signal.me/#p/+15551234567', 'signal', 'https://signal.me/#p/+15551234567'],
    ['signal: @ana.01', 'signal: @ana.01', 'signal', 'ana.01'],
    ['live:ana.b', 'live:ana.b', 'skype', 'live:ana.b'],
    ['skype: ana.b', 'skype: ana.b', 'skype', 'ana.b'],
    ['skype id ana.b', 'skype id ana.b', 'skype', 'ana.b'],
    ['discord: ana#1234', 'discord: ana#1234', 'discord', 'ana#1234'],
    ['discord ana#1234', 'discord ana#1234', 'discord', 'ana#1234'],
    ['discord.gg/abcd', 'discord.gg/abcd', 'discord', 'https://discord.gg/abcd'],
    ['my discord is ana_b', 'discord is ana_b', 'discord', 'ana_b'],
    ['wechat id: ana_b', 'wechat id: ana_b', 'wechat', 'ana_b'],
    ['wechat id ana_b', 'wechat id ana_b', 'wechat', 'ana_b'],
    ['微信: ana_b', '微信: ana_b', 'wechat', 'ana_b'],
    ['line id: ana_b', 'line id: ana_b', 'line', 'ana_b'],
    ['line id ana', 'line id ana', 'line', 'ana'],
    ['line.me/ti/p/abc', 'line.me/ti/p/abc', 'line', 'https://line.me/ti/p/abc'],
    ['my ig is ana.designs', 'ig is ana.designs', 'instagram', 'ana.designs'],
    ['insta: @ana', 'insta: @ana', 'instagram', 'ana'],
    ['instagram.com/ana', 'instagram.com/ana', 'instagram', 'https://instagram.com/ana'],
    ['fb.com/ana', 'fb.com/ana', 'facebook', 'https://fb.com/ana'],
    ['facebook.com/ana', 'facebook.com/ana', 'facebook', 'https://facebook.com/ana'],
    ['m.me/ana', 'm.me/ana', 'facebook', 'https://m.me/ana'],
    ['x.com/ana', 'x.com/ana', 'x', 'https://x.com/ana'],
    ['twitter.com/ana', 'twitter.com/ana', 'x', 'https://twitter.com/ana'],
    ['linkedin.com/in/ana', 'linkedin.com/in/ana', 'linkedin', 'https://linkedin.com/in/ana'],
    ['tiktok.com/@ana', 'tiktok.com/@ana', 'tiktok', 'https://tiktok.com/@ana'],
    ['snap: ana_b', 'snap: ana_b', 'snapchat', 'ana_b'],
    ['my snap is ana.b', 'snap is ana.b', 'snapchat', 'ana.b'],
    ['snapchat.com/add/ana', 'snapchat.com/add/ana', 'snapchat', 'https://snapchat.com/add/ana'],
    ['Ｔｅｌｅｇｒａｍ: @ana_b', 'Ｔｅｌｅｇｒａｍ: @ana_b', 'telegram', 'ana_b'],
  ])('finds %j', (input, span, platform, value) => {
    const found = social(input);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: span, platform, value });
    expect(input.slice(found[0]!.start, found[0]!.end)).toBe(span);
  });

  it.each([
    '@Maria thanks!', 'meet @ 5pm', 'I built a Telegram bot', '5 years of WhatsApp API work', 'I run Instagram ads',
    'our Discord server integration', 'Instagram: I manage accounts', 'telegram channel', 'instagram account manager',
    'my line is busy', 'my Skype is broken', 'signal is weak here', 'my snap is fun', 'telegram is better',
    "let's continue on WhatsApp", 'add me on Skype', 'instagram.com', 'linkedin.com/company',
  ])('reports no handle in %j', (input) => {
    expect(social(input)).toEqual([]);
  });

  it('adds platforms from options (names and hosts)', () => {
    const custom = createDetector({ platforms: [{ id: 'matrix', names: ['matrix', 'element'], hosts: ['matrix.to'] }] });
    expect(custom.detect('matrix: @ana:matrix.org')[0]).toMatchObject({ kind: 'social', platform: 'matrix' });
    expect(custom.detect('https://matrix.to/#/@ana:matrix.org')[0]).toMatchObject({ kind: 'social', platform: 'matrix' });
  });

  it('is restricted by options.kinds', () => {
    expect(createDetector({ kinds: ['email'] }).detect('tg: ana_b and t.me/ana_b')).toEqual([]);
  });

  it.each([['@'.repeat(50000)], ['telegram '.repeat(10000)], ['my ig is '.repeat(10000)]])(
    'returns on pathological input (%#)',
    (input) => {
      expect(Array.isArray(detector.detect(input))).toBe(true);
    },
  );
});

describe('a handle that is an address’s local part', () => {
  it('leaves "telegram: ana.bauer@gmail.com" to the email recognizer, so a mask hides the domain too', () => {
    const matches = detectContactInfo('telegram: ana.bauer@gmail.com');
    expect(matches.map((match) => [match.kind, match.text])).toEqual([['email', 'ana.bauer@gmail.com']]);
    expect(redactMessage('telegram: ana.bauer@gmail.com', { contractState: 'none' }).text).not.toContain('gmail');
  });
});

describe('social recognizer (full detector)', () => {
  it.each([
    ['telegram: @ana_b', 'telegram', 'telegram: @ana_b'],
    ['@ana_b on telegram', 'telegram', '@ana_b on telegram'],
    ['my ig is ana.designs', 'instagram', 'ig is ana.designs'],
    ['add me on skype: live:ana.b', 'skype', 'skype: live:ana.b'],
    ['live:.cid.12ab34', 'skype', 'live:.cid.12ab34'],
    ['discord: ana#1234', 'discord', 'discord: ana#1234'],
    ['wechat id: anab88', 'wechat', 'wechat id: anab88'],
    ['line id: ana_b', 'line', 'line id: ana_b'],
    ['snap: ana.snaps', 'snapchat', 'snap: ana.snaps'],
    ['t.me/ana_b', 'telegram', 't.me/ana_b'],
    ['facebook.com/ana.b', 'facebook', 'facebook.com/ana.b'],
    ['x.com/ana_b', 'x', 'x.com/ana_b'],
    ['linkedin.com/in/ana', 'linkedin', 'linkedin.com/in/ana'],
    ['tiktok.com/@ana', 'tiktok', 'tiktok.com/@ana'],
    ['signal.me/#p/abc', 'signal', 'signal.me/#p/abc'],
    ['we can talk on Telegram, add me: @dmitri_hr', 'telegram', '@dmitri_hr'],
    ['my telegram is anab', 'telegram', 'telegram is anab'],
  ])('finds %j', (text, platform, span) => {
    // Only social findings: "we can talk on Telegram" is also an intent, asserted in the intent tests.
    expect(detector.detect(text).filter((match) => match.kind !== 'intent')).toEqual([expect.objectContaining({ kind: 'social', platform, text: span })]);
  });

  it.each(['I built a Telegram bot', 'we use Slack and WhatsApp, thanks @Maria', 'Telegram is fine. @Maria can you confirm?', 'Instagram is down today', '5 years of WhatsApp API work', 'I run Instagram ads', '@Maria thanks!', 'our Discord server integration is ready'])(
    'does not report %j',
    (text) => {
      expect(detector.detect(text).filter((match) => match.kind === 'social')).toEqual([]);
    },
  );

  it('knows platforms an integrator adds', () => {
    const custom = createDetector({ platforms: [{ id: 'threema', names: ['threema'], hosts: ['threema.id'] }] });
    expect(custom.detect('threema: ABCD1234')[0]).toMatchObject({ kind: 'social', platform: 'threema' });
    expect(custom.detect('threema.id/ABCD1234')[0]).toMatchObject({ kind: 'social', platform: 'threema' });
  });
});
