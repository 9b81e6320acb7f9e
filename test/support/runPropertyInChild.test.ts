// @vitest-environment node
import { runPropertyInChild } from './runPropertyInChild';

describe('runPropertyInChild', () => {
  it('stops a check that never returns and names the input it was on', async () => {
    const outcome = await runPropertyInChild('neverReturns', 1, 1_000);
    expect(outcome).toEqual({ failure: 'no answer within 1000 ms', hungOn: 'stuck' });
  }, 150_000);

  it("reports a property that fails with fast-check's counterexample and seed", async () => {
    const outcome = await runPropertyInChild('fails', 1, 60_000);
    expect(outcome.failure).toMatch(/broken on purpose/);
    expect(outcome.failure).toMatch(/seed/);
  }, 150_000);

  it('answers with the seed and no failure when the property holds', async () => {
    expect(await runPropertyInChild('detector', 5, 60_000)).toEqual({ seed: expect.any(Number), failure: null });
  }, 150_000);
});
