// @vitest-environment node
import { createNearNameIndex, nearPlatformName } from '../../../src/core/intent/nearPlatformNames';

const index = createNearNameIndex(
  [
    ['facebook', 'messenger'],
    ['whatsapp', 'whatsapp'],
    ['viber', 'viber'],
    ['telegram', 'telegram'],
  ],
  new Set(['vibes']),
);

describe('nearPlatformName', () => {
  it.each([
    ['messenjer', 'facebook'], // substitution
    ['mesenger', 'facebook'], // deletion
    ['telegramm', 'telegram'], // insertion
    ['watsapp', 'whatsapp'],
  ])('reads %j as %s', (word, platform) => {
    expect(nearPlatformName(index, word)).toBe(platform);
  });

  it.each(['mess', 'telegraphs', 'messengers', 'banana', 'x'.repeat(100000)])('reads %j as no name', (word) => {
    expect(nearPlatformName(index, word)).toBeUndefined();
  });

  it('skips names listed as words', () => {
    expect(createNearNameIndex([['whatsapp', 'whatsupp']], new Set(['whatsupp'])).size).toBe(0);
  });

  it('gives no name when a word is near two platforms', () => {
    const both = createNearNameIndex([['a', 'abcdefg'], ['b', 'abcdefh']], new Set());
    expect(nearPlatformName(both, 'abcdefk')).toBeUndefined();
  });
});
