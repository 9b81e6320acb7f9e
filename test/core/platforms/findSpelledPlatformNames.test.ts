// @vitest-environment node
import { findSpelledPlatformNames } from '../../../src/core/platforms/findSpelledPlatformNames';

const names = (text: string) => findSpelledPlatformNames(text).map((hit) => [text.slice(hit.from, hit.to), hit.platform]);

describe('findSpelledPlatformNames', () => {
  it.each([
    ['T E L E G R A M : rapid_rider22', 'T E L E G R A M', 'telegram'],
    ['s.n.a.p: tyler_delivers', 's.n.a.p', 'snapchat'],
    ['w-h-a-t-s-a-p-p me', 'w-h-a-t-s-a-p-p', 'whatsapp'],
    ['テ レ グ ラ ム：fuyouhin_ryo', 'テ レ グ ラ ム', 'telegram'],
    ['威 信 号：abc', '威 信', 'wechat'],
    ['t e l e g r a m এ আছি', 't e l e g r a m', 'telegram'],
  ])('reads the letter-spaced name in %j', (text, span, platform) => {
    expect(names(text)).toEqual([[span, platform]]);
  });

  // Astral letters (surrogate pairs) read as whole letters: a run glued to one is part of a word, and
  // skipping such a run moves past the pair (stepping one unit in looped on the same run forever).
  it('reads a spaced name after a skipped run that starts with an astral letter', () => {
    expect(names('ኰ𓀣-t e l e g r a m')).toEqual([['t e l e g r a m', 'telegram']]);
  });

  it('leaves a spaced run glued to an astral letter alone, as it does one glued to any letter', () => {
    expect(names('𓀣t e l e g r a m')).toEqual([]);
    expect(names('xt e l e g r a m')).toEqual([]);
  });

  it.each([
    ['my instagrma: ana.k', 'instagrma', 'instagram'],
    ['whatsaapp only pls', 'whatsaapp', 'whatsapp'],
    ['find me on telegrma', 'telegrma', 'telegram'],
    ['snapchatt ana', 'snapchatt', 'snapchat'],
  ])('reads the misspelt name in %j', (text, span, platform) => {
    expect(names(text)).toEqual([[span, platform]]);
  });

  it.each([
    ['tiktoktan yaz', 'tiktoktan', 'tiktok'],
    ['instaku dinda.desain', 'instaku', 'instagram'],
  ])('reads the name with a glued ending in %j', (text, span, platform) => {
    expect(names(text)).toEqual([[span, platform]]);
  });

  it.each([
    'please discard the old draft',
    'the thread is long, a b c d e',
    'I will telegraph the result',
    'Instagram and Telegram',
    'J. R. R. Tolkien books, e.g. the Hobbit',
    't.me/instagarm',
  ])('finds nothing in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});
