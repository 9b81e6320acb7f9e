// @vitest-environment node
import { NormalizedText } from '../../../src/core/normalizedText';
import { isProseBeforeAt, isSpelledAt } from '../../../src/core/text/spelledAtWord';
import { buildSpelledSymbolsView } from '../../../src/core/text/spelledSymbolsView';

const view = (text: string, spacedOut = true) => buildSpelledSymbolsView(NormalizedText.identity(text), spacedOut);

describe('buildSpelledSymbolsView', () => {
  it.each([
    ['ana (at) mail (dot) co', 'ana@mail.co'],
    ['ana[at]mail[dot]co', 'ana@mail.co'],
    ['ana at mail dot co', 'ana@mail.co'],
    ['ana dot b at gmail dot com', 'ana.b@gmail.com'],
    ['ana at gmail', 'ana@gmail'],
    ['ana @ gmail . com', 'ana@gmail.com'],
    ['a n a @ m a i l . c o', 'ana@mail.co'],
    ['myportfolio dot io', 'myportfolio.io'],
    ['myportfolio[.]io', 'myportfolio.io'],
    ['ana arroba mail punto es', 'ana@mail.es'],
  ])('rewrites %j as %j', (input, expected) => {
    expect(view(input).text).toBe(expected);
  });

  it.each(['meet at noon', 'the dot com era', 'I worked at Yahoo', 'see you at 163 Main Street', 'meet @ 5pm', 'a b c d e'])(
    'leaves prose %j unchanged',
    (input) => {
      expect(view(input).text).toBe(input);
    },
  );

  it('maps every rewritten symbol back to the characters that were typed', () => {
    const rewritten = view('ana (at) mail (dot) co');
    const at = rewritten.text.indexOf('@');
    expect(rewritten.toOriginal(at, at + 1)).toEqual({ start: 3, end: 9 });
    expect(rewritten.toOriginal(0, rewritten.text.length)).toEqual({ start: 0, end: 22 });
    expect(rewritten.isRewritten(0, 3)).toBe(false);
    expect(rewritten.isRewritten(at, at + 1)).toBe(true);
  });

  it('keeps spaced-out letters when the separators stage is off', () => {
    expect(view('a n a @ m a i l . c o', false).text).not.toBe('ana@mail.co');
  });
});

describe('isSpelledAt', () => {
  it.each([
    ['ana', 'gmail', true],
    ['ana', 'yahoo', true],
    ['ana', 'mail.ru', true],
    ['ana', 'mail dot co', true],
    ['worked', 'yahoo', false],
    ['me', 'gmail', false],
    ['you', '163 Main Street', false],
    ['ana', 'mail', false],
    ['ana', 'magicalsongs.blogspot.com', false],
  ])('%j at %j → %j', (behind, ahead, expected) => {
    expect(isSpelledAt(behind, ahead)).toBe(expected);
  });

  it('knows prose words before an "at"', () => {
    expect(isProseBeforeAt('Or')).toBe(true);
    expect(isProseBeforeAt('ana')).toBe(false);
  });
});
