// @vitest-environment node
import fc from 'fast-check';
import { composeDetector } from '../../src/core/composeDetector';
import { createDetector } from '../../src/core/createDetector';
import { DEFAULT_MAX_LENGTH } from '../../src/core/detectorOptions';
import { detectContactInfo } from '../../src/core/detectContactInfo';
import { checkMessage } from '../../src/core/policy/checkMessage';
import { createMessageChecker } from '../../src/core/policy/createMessageChecker';
import { createEmailRecognizer } from '../../src/core/recognizers/emailRecognizer';
import { findLinkEnd } from '../../src/core/text/linkEnd';
import type { ContactMatch } from '../../src/core/types';

// Issue 15, items 2 and 4: a documented length limit, and no cut inside a surrogate pair.

const isLoneSurrogateAt = (text: string, index: number) => {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) return !(text.charCodeAt(index + 1) >= 0xdc00 && text.charCodeAt(index + 1) <= 0xdfff);
  if (code >= 0xdc00 && code <= 0xdfff) return !(text.charCodeAt(index - 1) >= 0xd800 && text.charCodeAt(index - 1) <= 0xdbff);
  return false;
};

describe('length limit', () => {
  it('is 20,000 characters by default, on the detector and checkMessage', () => {
    expect(DEFAULT_MAX_LENGTH).toBe(20_000);
    expect(createDetector().maxLength).toBe(20_000);
    const atLimit = `${'a '.repeat(10_000)}ana@mail.co`.slice(-20_000);
    expect(atLimit).toHaveLength(20_000);
    expect(checkMessage(atLimit, { contractState: 'none' }).tooLong).toBeUndefined();
  });

  it('blocks a longer message unread, with the too-long rule, in every contract state', () => {
    const text = 'hello '.repeat(4_000); // 24,000 characters, nothing to find
    for (const contractState of ['none', 'pending', 'active', 'ended'] as const) {
      const verdict = checkMessage(text, { contractState });
      expect(verdict).toMatchObject({ decision: 'block', matches: [], violations: [], tooLong: { rule: 'too-long', length: 24_000, maxLength: 20_000 } });
    }
  });

  it('never scans a message over the limit (the detector is not called)', () => {
    const detect = vi.fn(() => []);
    const verdict = checkMessage('x'.repeat(101), { contractState: 'active', detector: { detect }, maxLength: 100 });
    expect(verdict.decision).toBe('block');
    expect(detect).not.toHaveBeenCalled();
  });

  it('takes the limit from the option, else the detector, else the default', () => {
    const text = 'x'.repeat(1_000);
    expect(checkMessage(text, { contractState: 'none', maxLength: 999 }).tooLong?.maxLength).toBe(999);
    const detector = createDetector({ maxLength: 500 });
    expect(checkMessage(text, { contractState: 'none', detector }).tooLong?.maxLength).toBe(500);
    expect(createMessageChecker(composeDetector([createEmailRecognizer], { maxLength: 10 }))('x'.repeat(11), { contractState: 'active' }).decision).toBe('block');
    expect(checkMessage(text, { contractState: 'none', detector, maxLength: 5_000 }).tooLong).toBeUndefined();
  });

  it('lets detect read only the first maxLength characters, never throwing', () => {
    const detector = createDetector({ maxLength: 30 });
    const text = `mail ana@mail.co now ${' '.repeat(20)} and bob@mail.co`;
    expect(detector.detect(text).map((match) => match.text)).toEqual(['ana@mail.co']);
    // Cut before a surrogate pair, not inside it.
    const emoji = `${'a'.repeat(29)}😀 ana@mail.co`;
    expect(() => createDetector({ maxLength: 30 }).detect(emoji)).not.toThrow();
    for (const match of createDetector({ maxLength: 30 }).detect(emoji)) expect(match.end).toBeLessThanOrEqual(29);
  });

  it('a 10 MB message is refused without reading it (a figure in `npm run bench -- limits`, not a timing here)', () => {
    const detect = vi.fn(() => []);
    const huge = 'a'.repeat(10_000_000);
    expect(checkMessage(huge, { contractState: 'none', detector: { detect } }).decision).toBe('block');
    expect(detect).not.toHaveBeenCalled();
  });
});

describe('cuts at code-point boundaries', () => {
  it('does not end a link capped at 2,048 code units in half an emoji', () => {
    const path = `/${'a'.repeat(2_046)}`; // the cap falls between the two halves of the emoji
    const text = `see https://example.com${path}😀😀 ok`;
    const [link] = detectContactInfo(text);
    expect(link?.kind).toBe('url');
    expect(isLoneSurrogateAt(link!.text, link!.text.length - 1)).toBe(false);
    expect(link!.text.endsWith('a')).toBe(true);
    // The helper itself: without the fix the cap lands at 2,048, inside the pair.
    const from = 'see https://example.com'.length;
    expect(findLinkEnd(text, from) - from).toBe(2_047);
  });

  it('keeps the history window whole when an emoji straddles its start', () => {
    const history = [`😀${'b'.repeat(499)}`]; // 501 code units: the 500-unit window starts inside the emoji
    const detect = vi.fn((_text: string): ContactMatch[] => []);
    checkMessage('now', { contractState: 'none', history, detector: { detect } });
    const joined = detect.mock.calls[1]![0];
    expect(isLoneSurrogateAt(joined, 0)).toBe(false);
  });

  it('never reports a match that starts or ends in half a surrogate pair (random emoji-heavy text)', () => {
    const detector = createDetector();
    const parts = ['😀', '👍🏽', 'https://x.io/', 'a', '.', '@', 'mail.co', ' ', '917', '/', '?phone=', '1917555018', '8', '\u202E', '\u202C'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 60 }), fc.integer({ min: 0, max: 3 }), (chunks, repeat) => {
        const text = chunks.join('').repeat(repeat + 1);
        for (const match of detector.detect(text)) {
          expect(isLoneSurrogateAt(text, match.start)).toBe(false);
          expect(isLoneSurrogateAt(text, match.end - 1)).toBe(false);
        }
      }),
      { seed: 15, numRuns: 400 },
    );
  });
});
