// @vitest-environment node
import { ScanMemory } from '../../../src/core/text/scanMemory';

// A toy scanner in the shape the real ones use: runs of digits, each decided by the character after
// it. It counts the characters it reads, so the tests can see where a rescan resumed.
function createDigitRuns() {
  const memory = new ScanMemory<{ from: number; to: number }>();
  let reads = 0;
  const isDigit = (text: string, at: number) => {
    reads += 1;
    return at < text.length && text[at]! >= '0' && text[at]! <= '9';
  };
  return {
    get reads() {
      return reads;
    },
    find(text: string) {
      reads = 0;
      const { hits, index: resumeAt } = memory.resume(text);
      let index = resumeAt;
      while (index < text.length) {
        if (!isDigit(text, index)) {
          index += 1;
          memory.checkpoint(index, hits.length, index);
          continue;
        }
        let end = index;
        while (isDigit(text, end)) end += 1;
        hits.push({ from: index, to: end });
        index = end;
        // The last read was `end` itself: the reach is one past it.
        memory.checkpoint(index, hits.length, end + 1);
      }
      memory.remember(text, hits);
      return hits.map((hit) => text.slice(hit.from, hit.to));
    },
  };
}

const fresh = (text: string) => createDigitRuns().find(text);

describe('ScanMemory', () => {
  it('gives the same hits as a fresh scan while a draft is typed, edited and cut', () => {
    const scanner = createDigitRuns();
    const message = 'order 4471 shipped, call 0612 345 678 or 12 tomorrow at 9';
    const drafts = [
      ...Array.from({ length: message.length }, (_, length) => message.slice(0, length + 1)),
      message.replace('4471', '44 71'),
      message.replace('0612', 'x612'),
      message.slice(0, 30),
      `${message.slice(0, 30)}9`,
      'a different text 55',
      message,
    ];
    for (const draft of drafts) expect(scanner.find(draft)).toEqual(fresh(draft));
  });

  it('resumes a draft that grew by a key instead of reading it again', () => {
    const scanner = createDigitRuns();
    const draft = `${'word 12 '.repeat(50)}and`;
    scanner.find(draft);
    const fullRead = scanner.reads;
    expect(scanner.find(`${draft}s`)).toEqual(fresh(`${draft}s`));
    expect(scanner.reads).toBeLessThan(fullRead / 10);
  });

  it('does not resume past a checkpoint whose reach the edit changed', () => {
    const scanner = createDigitRuns();
    scanner.find('call 12');
    // "12" was decided by reading the end of the text: "123" must be read again, not kept as "12".
    expect(scanner.find('call 123')).toEqual(['123']);
    expect(scanner.find('call 12 3')).toEqual(['12', '3']);
  });
});
