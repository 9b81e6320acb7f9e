// @vitest-environment node
import fc from 'fast-check';
import { checkMessage } from '../../../src/core/policy/checkMessage';
import { CONTRACT_STATES } from '../../../src/core/policy/policyTypes';

// Fragments that make details span message boundaries: digit groups, '@', dots, platform names.
const FRAGMENTS = ['my number is', '917', '442', '0188', '+1', 'ana', '@', 'gmail', '.com', 'dot', 'at', 'wa.me/', 'my ig is', ' ', '\n', '\u200B', '🙂', 'pay me', 'paypal'];
const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => parts.join(' '));
const message = fc.oneof(fragmentText, fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

const property = fc.property(
  fc.array(message, { maxLength: 8 }),
  message,
  fc.constantFrom(...CONTRACT_STATES),
  (history, text, contractState) => {
    const result = checkMessage(text, { contractState, history });
    let previousEnd = 0;
    for (const match of result.matches) {
      expect(match.start).toBeGreaterThanOrEqual(previousEnd);
      expect(match.end).toBeGreaterThan(match.start);
      expect(match.end).toBeLessThanOrEqual(text.length);
      expect(match.text).toBe(text.slice(match.start, match.end));
      previousEnd = match.end;
    }
    // Every violation points at a reported match; the decision follows the violations.
    for (const violation of result.violations) expect(result.matches).toContain(violation.match);
    expect(result.decision === 'allow').toBe(result.violations.length === 0);
    expect(checkMessage(text, { contractState, history })).toEqual(result);
  },
);

describe('checkMessage properties', () => {
  it('reports only spans inside the current text, sorted and disjoint, deterministically (fixed seed)', () => {
    fc.assert(property, { seed: 20261128, numRuns: 150 });
  });

  it('holds for a random seed too (printed by fast-check on failure)', () => {
    fc.assert(property, { numRuns: 100 });
  });
});
