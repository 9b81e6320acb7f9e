// @vitest-environment node
import {
  checkMessage,
  composeDetector,
  createDetector,
  createEmailRecognizer,
  createMessageChecker,
  createUrlRecognizer,
  DEFAULT_RECOGNIZERS,
} from '../../src/core';

const MESSAGE = 'mail ana@mail.co, see ana.dev or call +1 917 442 0188';

describe('composeDetector: a detector of the named recognizers only', () => {
  it('finds the kinds it was given and nothing else', () => {
    const detector = composeDetector([createEmailRecognizer, createUrlRecognizer]);
    expect(detector.detect(MESSAGE).map((match) => [match.kind, match.text])).toEqual([
      ['email', 'ana@mail.co'],
      ['url', 'ana.dev'],
    ]);
  });

  it('with every recognizer, is createDetector', () => {
    expect(composeDetector(DEFAULT_RECOGNIZERS, { defaultCountry: 'US' }).detect(MESSAGE)).toEqual(
      createDetector({ defaultCountry: 'US' }).detect(MESSAGE),
    );
    expect(createDetector().detect(MESSAGE).map((match) => match.kind)).toContain('phone');
  });

  it('applies the options to the recognizers it has', () => {
    const detector = composeDetector([createEmailRecognizer, createUrlRecognizer], { kinds: ['url'] });
    expect(detector.detect(MESSAGE).map((match) => match.kind)).toEqual(['url']);
  });
});

describe('createMessageChecker: checkMessage bound to a detector', () => {
  it('gives the verdict checkMessage gives with the same detector, history included', () => {
    const detector = composeDetector([createEmailRecognizer]);
    const check = createMessageChecker(detector);
    const options = { contractState: 'none' as const, history: ['write to ana.bauer@'] };
    expect(check('gmail.com please', options)).toEqual(checkMessage('gmail.com please', { ...options, detector }));
    expect(check('gmail.com please', options).decision).toBe('block');
    // The phone is not among the kinds this checker was given.
    expect(check('call +1 917 442 0188', { contractState: 'none' }).decision).toBe('allow');
  });

  it('rejects bad arguments as checkMessage does', () => {
    const check = createMessageChecker(composeDetector([createEmailRecognizer]));
    expect(() => check(42 as unknown as string, { contractState: 'none' })).toThrow(/checkMessage: expected the message text as a string, got number/);
    expect(() => check('hi', { contractState: 'signed' as never })).toThrow(/checkMessage: options.contractState is "signed"/);
  });
});
