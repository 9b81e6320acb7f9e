// @vitest-environment node
import { createDetector } from '../../src/core/createDetector';
import { detectContactInfo } from '../../src/core/detectContactInfo';

describe('detectContactInfo', () => {
  it.each([
    ['mail ana@example.com', ['email']],
    ['ana (at) example (dot) com', ['email']],
    ['only 12.50 per hour, order #4471', []],
    ['call +1 917 442 0188 or wa.me/19174420188', ['phone', 'social', 'phone']],
    ['', []],
  ])('detects contact kinds in %j', (text, kinds) => {
    expect(detectContactInfo(text).map((match) => match.kind)).toEqual(kinds);
  });

  it('restricts the kinds it reports', () => {
    expect(detectContactInfo('ana@mail.co +1 917 442 0188', { kinds: ['phone'] }).map((match) => match.kind)).toEqual(['phone']);
    // Detecting nothing would allow everything: an empty list is an error, not "no kinds".
    expect(() => createDetector({ kinds: [] })).toThrow(RangeError);
  });

  it('reads national numbers with a default country', () => {
    expect(detectContactInfo('ring 020 7946 0958', { defaultCountry: 'GB' })[0]?.value).toBe('+442079460958');
  });

  it.each([[undefined], [null], [42], [{}], [['text']]])('throws a TypeError naming the function for %j', (input) => {
    // @ts-expect-error: testing a JavaScript caller
    expect(() => detectContactInfo(input)).toThrow(TypeError);
    // @ts-expect-error: testing a JavaScript caller
    expect(() => detectContactInfo(input)).toThrow(/^detectContactInfo: expected the message text as a string/);
    // @ts-expect-error: testing a JavaScript caller
    expect(() => createDetector().detect(input)).toThrow(TypeError);
  });

  it('does not mutate its input options', () => {
    const options = Object.freeze({ kinds: Object.freeze(['email' as const]), allowDomains: Object.freeze(['x.dev']) });
    expect(() => detectContactInfo('ana@mail.co', options)).not.toThrow();
  });

  it('gives the same matches on every call and from a fresh detector', () => {
    const text = 'ana (at) gmail (dot) com, nine one seven 442 0188, wa.me/19174420188, pay me via PayPal';
    const first = detectContactInfo(text);
    expect(first.length).toBeGreaterThan(0);
    expect(detectContactInfo(text)).toEqual(first);
    expect(createDetector().detect(text)).toEqual(first);
  });

  it.each([
    [['email'], 'ana@mail.co and +1 917 442 0188', ['email']],
    [['phone', 'email'], 'ana@mail.co and +1 917 442 0188', ['email', 'phone']],
    [['payment'], 'ana@mail.co and +1 917 442 0188', []],
  ] as const)('with kinds %j reports only those kinds', (kinds, text, expected) => {
    expect(detectContactInfo(text, { kinds: [...kinds] }).map((match) => match.kind)).toEqual(expected);
  });
});
