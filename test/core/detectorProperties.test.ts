// @vitest-environment node
import fc from 'fast-check';
import { createDetector } from '../../src/core/createDetector';
import { CONTACT_KINDS, type ContactMatch } from '../../src/core/types';
import { PATHOLOGICAL_INPUTS } from '../fixtures/pathologicalInputs';

const detector = createDetector();

// Fragments that push every recognizer down its less travelled paths.
const FRAGMENTS = [
  '@', '.', ' ', '-', '(', ')', '+', '$', '#', ':', '/', '\n', 'at', 'dot', '(at)', '[dot]', 'nine', 'one', 'double',
  'oh', 'cero', 'wa.me/', 't.me/', 'https://', 'www.', '.com', '.io', 'gmail', 'telegram', 'paypal', 'venmo', 'zoom id',
  'live:', 'pay me', 'text me', "don't", 'once the contract starts', '0', '1', '5', '9', '917', '442', '0188', '٣',
  '۵', '५', '９', '＠', '．', '\u200B', '\u200F', '\u202E', '🙂', '👍🏽', 'а', 'о', 'NL91', 'ABNA', 'bc1q', '0x', 'é', '\uD800',
];

const contactLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  contactLike,
);

function assertInvariants(input: string, matches: ContactMatch[]): void {
  let previousEnd = 0;
  for (const match of matches) {
    expect(CONTACT_KINDS).toContain(match.kind);
    expect(match.start).toBeGreaterThanOrEqual(previousEnd);
    expect(match.end).toBeGreaterThan(match.start);
    expect(match.end).toBeLessThanOrEqual(input.length);
    expect(match.text).toBe(input.slice(match.start, match.end));
    expect(match.confidence).toBeGreaterThanOrEqual(0);
    expect(match.confidence).toBeLessThanOrEqual(1);
    previousEnd = match.end;
  }
}

describe('detector properties', () => {
  it('never throws, reports exact original spans, sorted and disjoint (fixed seed)', () => {
    fc.assert(
      fc.property(anyText, (input) => assertInvariants(input, detector.detect(input))),
      { seed: 20261128, numRuns: 600 },
    );
  });

  it('holds for a random seed too (printed by fast-check on failure)', () => {
    fc.assert(fc.property(anyText, (input) => assertInvariants(input, detector.detect(input))), { numRuns: 300 });
  });

  it('is deterministic, across calls and across detectors', () => {
    const fresh = createDetector();
    fc.assert(
      fc.property(contactLike, (input) => {
        const first = detector.detect(input);
        expect(detector.detect(input)).toEqual(first);
        expect(fresh.detect(input)).toEqual(first);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  // Lookup tables are plain objects: a word that names an Object.prototype member must not be read as an entry.
  it.each([
    'reach ana@constructor',
    'ana at constructor',
    'constructor constructor constructor constructor constructor constructor constructor',
  ])('reads %j as prose, not as a table entry inherited from Object.prototype', (input) => {
    expect(detector.detect(input)).toEqual([]);
  });

  const hugeProse = ['huge prose', 'lorem ipsum dolor sit amet, '.repeat(4000)] as const;
  it.each([hugeProse, ...PATHOLOGICAL_INPUTS])('handles %s without throwing', (_name, input) => {
    assertInvariants(input, detector.detect(input));
  });
});
