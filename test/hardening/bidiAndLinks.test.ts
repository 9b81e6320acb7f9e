// @vitest-environment node
import { createDetector } from '../../src/core/createDetector';
import { detectContactInfo } from '../../src/core/detectContactInfo';
import { checkMessage } from '../../src/core/policy/checkMessage';

// Issue 15, items 5 and 6: bidi controls can't hide a detail, and a detail inside a link is
// reported as what it is.

const kinds = (text: string) => detectContactInfo(text).map((match) => [match.kind, match.text, match.value]);

describe('bidi controls', () => {
  it.each([
    ['\u202A', 'LRE'], ['\u202B', 'RLE'], ['\u202C', 'PDF'], ['\u202D', 'LRO'], ['\u2066', 'LRI'], ['\u2067', 'RLI'],
    ['\u2068', 'FSI'], ['\u2069', 'PDI'], ['\u200E', 'LRM'], ['\u200F', 'RLM'], ['\u061C', 'ALM'],
  ])('are folded away inside an address (%j, %s)', (control) => {
    const text = `mail ana${control}@gm${control}ail.com`;
    const [match] = detectContactInfo(text);
    expect(match).toMatchObject({ kind: 'email', value: 'ana@gmail.com', obfuscated: true });
    expect(match!.text).toBe(text.slice(5));
  });

  it('reads an address written backwards inside a right-to-left override the way it displays', () => {
    const text = 'write to \u202Emoc.liamg@ana\u202C now';
    const [match] = detectContactInfo(text);
    expect(match).toMatchObject({ kind: 'email', value: 'ana@gmail.com', obfuscated: true });
    // Offsets into the original: the reversed run as typed.
    expect(match!.start).toBe(text.indexOf('moc'));
    expect(match!.text).toBe('moc.liamg@ana');
    expect(checkMessage(text, { contractState: 'none' }).decision).toBe('block');
  });

  it('reads an override to the end of the line when it is never closed', () => {
    expect(kinds('ok \u202E8810 555 719 1+\nthanks')).toEqual([['phone', '8810 555 719 1+', '+19175550188']]);
    expect(kinds('ok \u202Emoc.liamg@ana')).toEqual([['email', 'moc.liamg@ana', 'ana@gmail.com']]);
  });

  it('leaves ordinary right-to-left text alone, and folds overrides only in the unicode stage', () => {
    expect(kinds('שלום, מה שלומך? مرحبا كيف حالك')).toEqual([]);
    // Typed backwards without any override, an address is read by the reversed-address rule (issue 12).
    expect(kinds('moc.liamg@ana')).toEqual([['email', 'moc.liamg@ana', 'ana@gmail.com']]);
    // Without the unicode stage nothing is folded, overrides included (the documented switch).
    const unfolded = createDetector({ obfuscation: { unicode: false } }).detect('\u202E8810 555 719 1+\u202C');
    expect(unfolded.map((match) => match.value)).not.toContain('+19175550188');
  });
});

describe('contact details inside links', () => {
  it.each([
    ['http://ana@gmail.com', [['email', 'http://ana@gmail.com', 'ana@gmail.com']]],
    ['https://example.com/ana@gmail.com', [['url', 'https://example.com/', 'https://example.com/ana@gmail.com'], ['email', 'ana@gmail.com', 'ana@gmail.com']]],
    [
      'https://example.com/contact?phone=19175550188',
      [['url', 'https://example.com/contact?phone=', 'https://example.com/contact?phone=19175550188'], ['phone', '19175550188', '19175550188']],
    ],
    ['https://example.com/profile?mobile_no=%2B19175550188', [['url', 'https://example.com/profile?mobile_no=', 'https://example.com/profile?mobile_no=%2B19175550188'], ['phone', '%2B19175550188', '+19175550188']]],
    ['https://example.com/?tel=%2B19175550188&x=1', [['url', 'https://example.com/?tel=', 'https://example.com/?tel=%2B19175550188&x=1'], ['phone', '%2B19175550188', '+19175550188']]],
  ])('reports %j as the detail it carries, beside the link', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('blocks them before a contract, where the link alone only warned', () => {
    for (const text of ['http://ana@gmail.com', 'https://example.com/contact?phone=19175550188', 'https://example.com/ana@gmail.com']) {
      expect(checkMessage(text, { contractState: 'none' }).decision).toBe('block');
    }
  });

  it.each([
    'https://user:secret@example.com/path', // a password, not an address
    'https://example.com/u/12345678901', // an id in a path
    'https://example.com/watch?v=19175550188', // a number in a parameter not named for a phone
    'https://example.com/@ana', // a handle path, no domain
    'https://example.com/files/report@2x.png', // not a top-level domain
    'https://example.com/?tel=123', // too short for a phone
    'https://example.com/book?hotel=19175550188', // "tel" inside another word
    'https://example.com/api?callback=19175550188',
    'https://example.com/order?number=19175550188', // an order number
  ])('stays only a link for %j', (text) => {
    expect(detectContactInfo(text).map((match) => match.kind)).toEqual(['url']);
  });

  it('respects allowDomains for the address inside a link', () => {
    const detector = createDetector({ allowDomains: ['market.example'] });
    expect(detector.detect('https://example.com/support@market.example').map((match) => match.kind)).toEqual(['url']);
  });
});

describe('an address at the end of a sentence (found on the way: it used to be allowed)', () => {
  it.each(['my email is ana@gmail.com. Thanks!', 'write to ana@gmail.com. See you', 'ana@mail.co.uk. thanks'])('blocks %j', (text) => {
    const verdict = checkMessage(text, { contractState: 'none' });
    expect(verdict.decision).toBe('block');
    expect(verdict.matches[0]).toMatchObject({ kind: 'email' });
    expect(verdict.matches[0]!.value).toMatch(/^ana@(gmail\.com|mail\.co\.uk)$/);
  });
});
