// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector();

describe('social recognizer', () => {
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

describe('meeting recognizer', () => {
  it.each([
    ['zoom id 812 3456 7890 pwd 11', 'zoom', 'zoom id 812 3456 7890 pwd 11'],
    ['Meeting ID: 812 3456 7890', 'zoom', 'Meeting ID: 812 3456 7890'],
    ['join meet.google.com/abc-defg-hij', 'google-meet', 'meet.google.com/abc-defg-hij'],
    ['google meet abc-defg-hij', 'google-meet', 'abc-defg-hij'],
    ['https://teams.microsoft.com/l/meetup-join/19%3a', 'teams', 'https://teams.microsoft.com/l/meetup-join/19%3a'],
    ['book calendly.com/ana/30min', 'calendly', 'calendly.com/ana/30min'],
    ['whereby.com/ana-room', 'whereby', 'whereby.com/ana-room'],
  ])('finds %j', (text, platform, span) => {
    expect(detector.detect(text)).toEqual([expect.objectContaining({ kind: 'meeting', platform, text: span })]);
  });

  it('does not take a bare code without "meet" nearby', () => {
    expect(detector.detect('the code is abc-defg-hij')).toEqual([]);
  });
});
