// @vitest-environment node
import { execResuming } from '../../../src/core/text/execResuming';
import { ScanMemory } from '../../../src/core/text/scanMemory';

// An 'a' and, 20 characters on, a 'c': an attempt reads 22 units past its start.
const PATTERN = /a.{20}c/g;
const REACH = 22;

function startsFromScratch(text: string): number[] {
  PATTERN.lastIndex = 0;
  return [...text.matchAll(PATTERN)].map((found) => found.index);
}

function createScanner(reach: number) {
  const memory = new ScanMemory<number>();
  return (text: string) => execResuming(memory, PATTERN, text, reach, (found) => found.index);
}

describe('execResuming', () => {
  const before = `a${'x'.repeat(20)}y${'x'.repeat(40)}`;
  const edited = `${before.slice(0, 21)}c${before.slice(22)}`;

  it('finds what a scan from the start finds, key by key and after edits', () => {
    const scan = createScanner(REACH);
    const texts = [...Array.from({ length: 60 }, (_, length) => `${'zz a'.repeat(5)}${'x'.repeat(20)}c a`.slice(0, length + 1)), before, edited, before];
    for (const text of texts) expect(scan(text)).toEqual(startsFromScratch(text));
  });

  it('resumes no later than the first attempt that read the changed character', () => {
    const scan = createScanner(REACH);
    scan(before);
    expect(scan(edited)).toEqual([0]);
  });

  it('misses that match when the reach it is given is too short (why the bound matters)', () => {
    const scan = createScanner(1);
    scan(before);
    expect(scan(edited)).toEqual([]);
  });
});
