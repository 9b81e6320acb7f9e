// @vitest-environment node
import fc from 'fast-check';
import { checkMessageViolation, conversation } from '../../fixtures/checkMessageArbitraries';
import { runPropertyInChild } from '../../support/runPropertyInChild';

describe('checkMessage properties', () => {
  it('reports only spans inside the current text, sorted and disjoint, deterministically (fixed seed)', () => {
    fc.assert(
      fc.property(conversation, ([history, text, contractState]) => {
        expect(checkMessageViolation(history, text, contractState)).toBeNull();
      }),
      { seed: 20261128, numRuns: 150 },
    );
  });

  // In a child process, so an input that never returns fails with its name instead of stalling the run.
  it('holds for a random seed too (seed and input printed on failure)', async () => {
    expect(await runPropertyInChild('checkMessage', 100, 120_000)).toEqual({ seed: expect.any(Number), failure: null });
  }, 300_000);
});
