// @vitest-environment node
import { createDetector } from '../../../src/core/createDetector';

const detector = createDetector();
const phones = (text: string) => detector.detect(text).filter((match) => match.kind === 'phone');

describe('phone: a number typed backwards and said so', () => {
  it.each([
    ['876543 21710 উল্টো করে পড়েন', '01712345678'],
    ['1234-56789 11 ao contrário 🙃', '11987654321'],
  ])('%j is a phone read the other way round', (text, value) => {
    expect(phones(text).map((match) => match.value)).toEqual([value]);
  });

  it.each(['the room is 1234 5678 backwards compatible', 'order 4471 2209 1385, backwards is fine', '876543 21710'])('%j is no phone', (text) => {
    expect(phones(text)).toEqual([]);
  });
});
