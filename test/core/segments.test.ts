// @vitest-environment node
import { detectContactInfo } from '../../src/core/detectContactInfo';
import { checkMessage } from '../../src/core/policy/checkMessage';
import { removeSpans, splitIntoSegments } from '../../src/core/segments';
import type { ContactMatch } from '../../src/core/types';

const match = (text: string, part: string, kind: ContactMatch['kind'] = 'email'): ContactMatch => {
  const start = text.indexOf(part);
  return { kind, start, end: start + part.length, text: part, obfuscated: false, confidence: 1 };
};

describe('splitIntoSegments', () => {
  it.each([
    ['mail ana@mail.co now', [['mail ', undefined], ['ana@mail.co', 'email'], [' now', undefined]]],
    ['ana@mail.co', [['ana@mail.co', 'email']]],
    ['call +1 917 442 0188 or ana@mail.co', [['call ', undefined], ['+1 917 442 0188', 'phone'], [' or ', undefined], ['ana@mail.co', 'email']]],
    ['nothing to see, only $1,500 on 10/12/2024', [['nothing to see, only $1,500 on 10/12/2024', undefined]]],
    ['', [['', undefined]]],
  ])('splits %j into plain and flagged runs', (text, expected) => {
    const segments = splitIntoSegments(text, detectContactInfo(text));
    expect(segments.map((segment) => [segment.text, segment.match?.kind])).toEqual(expected);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    for (const segment of segments) expect(text.slice(segment.start, segment.end)).toBe(segment.text);
  });

  it('attaches the violation (the reason) to each flagged run the policy objects to', () => {
    const text = 'see https://myportfolio.io or ana@mail.co';
    const verdict = checkMessage(text, { contractState: 'none' });
    const flagged = splitIntoSegments(text, verdict.matches, verdict.violations).filter((segment) => segment.match);
    expect(flagged.map((segment) => [segment.match?.kind, segment.violation?.action, segment.violation?.reason])).toEqual([
      ['url', 'warn', 'until-contract'],
      ['email', 'block', 'until-contract'],
    ]);
    const active = checkMessage(text, { contractState: 'active' });
    expect(splitIntoSegments(text, active.matches, active.violations).some((segment) => segment.violation)).toBe(false);
  });

  it.each([
    ['a stale match that no longer fits the text', 'mail ana@mail.co', [{ ...match('mail ana@mail.co', 'ana@mail.co'), start: 4, end: 15 }]],
    ['a match beyond the end', 'short', [{ ...match('short text', 'text') }]],
    ['an empty match', 'hello', [{ ...match('hello', 'h'), end: 0, text: '' }]],
  ])('skips %s instead of misplacing it', (_title, text, matches) => {
    expect(splitIntoSegments(text, matches)).toEqual([{ text, start: 0, end: text.length }]);
  });

  it('sorts matches and skips one that overlaps an earlier one', () => {
    const text = 'ana@mail.co and bob@mail.co';
    const second = match(text, 'bob@mail.co');
    const first = match(text, 'ana@mail.co');
    const overlapping = { ...match(text, 'mail.co and'), kind: 'url' as const };
    const segments = splitIntoSegments(text, [second, overlapping, first]);
    expect(segments.map((segment) => segment.text)).toEqual(['ana@mail.co', ' and ', 'bob@mail.co']);
  });

  it('does not mutate the matches it is given', () => {
    const text = 'ana@mail.co and bob@mail.co';
    const matches = Object.freeze([match(text, 'bob@mail.co'), match(text, 'ana@mail.co')]);
    splitIntoSegments(text, matches);
    expect(matches.map((item) => item.text)).toEqual(['bob@mail.co', 'ana@mail.co']);
  });
});

describe('removeSpans', () => {
  const spansOf = (text: string, ...parts: string[]) => parts.map((part) => match(text, part));

  it.each([
    ['call me on ana@mail.co please', ['ana@mail.co'], 'call me on please'],
    ['my email is ana@mail.co.', ['ana@mail.co'], 'my email is.'],
    ['call me on ana@mail.co, thanks', ['ana@mail.co'], 'call me on, thanks'],
    ['ana@mail.co is my email', ['ana@mail.co'], 'is my email'],
    ['email me ana@mail.co', ['ana@mail.co'], 'email me'],
    ['my number is +1 917 442 0188 or ana@mail.co tomorrow', ['+1 917 442 0188', 'ana@mail.co'], 'my number is or tomorrow'],
    ['ana@mail.co +1 917 442 0188 call me', ['ana@mail.co', '+1 917 442 0188'], 'call me'],
    ['hi\nana@mail.co here', ['ana@mail.co'], 'hi\nhere'],
    ['mail:ana@mail.co', ['ana@mail.co'], 'mail:'],
    ['nothing flagged', [], 'nothing flagged'],
  ])('removes the spans of %j and tidies the spaces', (text, parts, expected) => {
    expect(removeSpans(text, spansOf(text, ...parts)).text).toBe(expected);
  });

  it('uses a replacement as is, without tidying', () => {
    const text = 'call me on ana@mail.co, thanks';
    expect(removeSpans(text, spansOf(text, 'ana@mail.co'), { replacement: '[removed]' }).text).toBe('call me on [removed], thanks');
  });

  it.each([
    ['caret after the span moves back by what was removed', 'a ana@mail.co b|', 'a b|'],
    ['caret before the span stays', 'a| ana@mail.co b', 'a| b'],
    ['caret inside the span lands where it was', 'a ana@m|ail.co b', 'a| b'],
    ['caret right after the span', 'a ana@mail.co| b', 'a| b'],
    ['caret between two spans', 'x ana@mail.co y| bob@mail.co z', 'x y| z'],
  ])('%s', (_title, marked, expected) => {
    const caret = marked.indexOf('|');
    const text = marked.replace('|', '');
    const spans = ['ana@mail.co', 'bob@mail.co'].filter((part) => text.includes(part)).map((part) => match(text, part));
    const result = removeSpans(text, spans, { caret });
    expect(`${result.text.slice(0, result.caret)}|${result.text.slice(result.caret)}`).toBe(expected);
  });

  it('puts the caret after the first replacement when none is given', () => {
    const text = 'write ana@mail.co or bob@mail.co';
    const result = removeSpans(text, spansOf(text, 'ana@mail.co', 'bob@mail.co'), { replacement: '***' });
    expect(result).toEqual({ text: 'write *** or ***', caret: 'write ***'.length });
  });

  it('skips overlapping and out-of-range spans', () => {
    const text = 'ana@mail.co end';
    const result = removeSpans(text, [{ start: 0, end: 11 }, { start: 5, end: 9 }, { start: 10, end: 99 }]);
    expect(result.text).toBe('end');
  });
});
