// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector();

describe('meeting recognizer: off-platform call links and ids', () => {
  it.each([
    // [input, span, platform, value]
    ['zoom.us/j/81234567890', 'zoom.us/j/81234567890', 'zoom', 'https://zoom.us/j/81234567890'],
    ['https://us02web.zoom.us/j/81234567890?pwd=abc', 'https://us02web.zoom.us/j/81234567890?pwd=abc', 'zoom', 'https://us02web.zoom.us/j/81234567890?pwd=abc'],
    ['zoom id 812 3456 7890 pwd 11', 'zoom id 812 3456 7890 pwd 11', 'zoom', '81234567890'],
    ['meeting ID: 812 3456 7890', 'meeting ID: 812 3456 7890', 'zoom', '81234567890'],
    ['Meeting ID 812 3456 7890 Passcode: 123456', 'Meeting ID 812 3456 7890 Passcode: 123456', 'zoom', '81234567890'],
    ['join zoom meeting id: 812-3456-7890 password: ab12', 'zoom meeting id: 812-3456-7890 password: ab12', 'zoom', '81234567890'],
    ['zoom.us/j/812 3456 7890', 'zoom.us/j/812 3456 7890', 'zoom', 'https://zoom.us/j/81234567890'],
    ['join: https://us02web.zoom.us/j/812 3456 7890', 'https://us02web.zoom.us/j/812 3456 7890', 'zoom', 'https://zoom.us/j/81234567890'],
    ['zoom 812 3456 7890', 'zoom 812 3456 7890', 'zoom', '81234567890'],
    ['Zoom: 81234567890', 'Zoom: 81234567890', 'zoom', '81234567890'],
    ['deneme zoomda ID 622 8410 3377', 'zoomda ID 622 8410 3377', 'zoom', '62284103377'],
    ['zoom ID 812 339 4470 código de acceso 2211', 'zoom ID 812 339 4470 código de acceso 2211', 'zoom', '8123394470'],
    ["zoom ID 812 339 4470 code d'accès 2211", "zoom ID 812 339 4470 code d'accès 2211", 'zoom', '8123394470'],
    ['webex meeting number 123 456 789', 'webex meeting number 123 456 789', 'webex', '123456789'],
    ['meet.google.com/abc-defg-hij', 'meet.google.com/abc-defg-hij', 'google-meet', 'https://meet.google.com/abc-defg-hij'],
    ['google meet: abc-defg-hij', 'abc-defg-hij', 'google-meet', 'https://meet.google.com/abc-defg-hij'],
    ['teams.microsoft.com/l/meetup-join/19%3ameeting', 'teams.microsoft.com/l/meetup-join/19%3ameeting', 'teams', 'https://teams.microsoft.com/l/meetup-join/19%3ameeting'],
    ['teams.live.com/meet/123', 'teams.live.com/meet/123', 'teams', 'https://teams.live.com/meet/123'],
    ['whereby.com/ana', 'whereby.com/ana', 'whereby', 'https://whereby.com/ana'],
    ['book me: calendly.com/ana/30min', 'calendly.com/ana/30min', 'calendly', 'https://calendly.com/ana/30min'],
    ['meet.jit.si/room1', 'meet.jit.si/room1', 'jitsi', 'https://meet.jit.si/room1'],
  ])('finds %j', (input, span, platform, value) => {
    const found = detector.detect(input).filter((match) => match.kind !== 'intent');
    // A meeting id is a meeting, not a phone: one match covering the id and its password.
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'meeting', text: span, platform, value });
    expect(input.slice(found[0]!.start, found[0]!.end)).toBe(span);
  });

  it.each(['the code is abc-defg-hij', 'I zoom 10 times', 'zoom 2x at 100%', 'meeting at 5', 'zoom.us', 'calendly.com', 'the meeting id is on the invoice'])(
    'reports no meeting in %j',
    (input) => {
      expect(detector.detect(input).filter((match) => match.kind === 'meeting')).toEqual([]);
    },
  );

  it('is restricted by options.kinds', () => {
    expect(createDetector({ kinds: ['url'] }).detect('zoom id 812 3456 7890').filter((match) => match.kind === 'meeting')).toEqual([]);
  });

  it.each([['zoom id '.repeat(10000)], ['abc-defg-hij meet '.repeat(5000)]])('returns on pathological input (%#)', (input) => {
    expect(Array.isArray(detector.detect(input))).toBe(true);
  });
});

describe('meeting IDs without a link, in every language of the lexicon', () => {
  const detector = createDetector();
  it.each([
    ['Zoom for tonight: ID 955 0192 6634, passcode 8810', 'ID 955 0192 6634, passcode 8810'],
    ['Teams : ID 327 884 019 226, code Zk4pQe', 'ID 327 884 019 226, code Zk4pQe'],
    ['urok w Zoom: конференция 846 0023 9915, пароль 3Kq8rT', 'Zoom: конференция 846 0023 9915, пароль 3Kq8rT'],
    ['会议号 561 207 338，密码 9527', '会议号 561 207 338，密码 9527'],
    ['ज़ूम आईडी 913 4472 0586, पासवर्ड maths12', 'ज़ूम आईडी 913 4472 0586, पासवर्ड maths12'],
    ['Teams toplantı kimliği 348 221 907 513, parola aB3x9K', 'Teams toplantı kimliği 348 221 907 513, parola aB3x9K'],
    ['গুগল মিট কোড: pqe-wrbn-kzd', 'pqe-wrbn-kzd'],
    ['reunión en zoom, ID 812 3345 9901 y código de acceso Tq8mZ2', 'ID 812 3345 9901 y código de acceso Tq8mZ2'],
    ["ID riunione 891 2245 6670 codice d'accesso Lm8qT3", "ID riunione 891 2245 6670 codice d'accesso Lm8qT3"],
    ['Zoom: ID 834 5512 0098, kod dostępu Xq7mP2', 'ID 834 5512 0098, kod dostępu Xq7mP2'],
    ['اجتماع زوم: المعرف 845 1123 9987 رمز المرور 33kLp9', 'معرف 845 1123 9987 رمز المرور 33kLp9'],
  ])('reports %j as a meeting, not a phone', (text, expected) => {
    expect(detector.detect(text).map((match) => [match.kind, match.text])).toEqual([['meeting', expected]]);
  });

  it.each(['order id 955 0192 6634 ships Monday', 'ID card 955 0192 6634', 'call me 0612 345 678 after class'])(
    'leaves %j alone (no call, or no ID label)',
    (text) => {
      expect(detector.detect(text).filter((match) => match.kind === 'meeting')).toEqual([]);
    },
  );
});

describe('meeting recognizer (full detector)', () => {
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

  it('ends the ID before an "and" that no passcode label follows', () => {
    expect(detector.detect('zoom id 873 4410 2291 and then we talk').map((match) => match.text)).toEqual(['zoom id 873 4410 2291']);
  });

  it('does not take a bare code without "meet" nearby', () => {
    expect(detector.detect('the code is abc-defg-hij')).toEqual([]);
  });
});
