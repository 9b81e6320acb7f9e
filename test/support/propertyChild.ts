// One property run with a random seed in a process of its own (started by runPropertyInChild). It
// announces each input before checking it, so a detector that never returns cannot stall the test
// run, and the input it hung on is known.
import { writeSync } from 'node:fs';
import fc from 'fast-check';
import { createDetector } from '../../src/core/createDetector';
import { checkMessageViolation, conversation } from '../fixtures/checkMessageArbitraries';
import { anyText, invariantViolation } from '../fixtures/detectorArbitraries';

// Synchronous writes: a line announcing an input is out before the check of that input starts.
const send = (line: object) => writeSync(1, `${JSON.stringify(line)}\n`);

function holds(violation: string | null): void {
  if (violation) throw new Error(violation);
}

const detector = createDetector();
const PROPERTIES = {
  detector: fc.property(anyText, (input) => {
    send({ input });
    holds(invariantViolation(input, detector.detect(input)));
  }),
  checkMessage: fc.property(conversation, ([history, text, contractState]) => {
    send({ input: { history, text, contractState } });
    holds(checkMessageViolation(history, text, contractState));
  }),
  // The runner's own tests: a check that fails, and one that never returns.
  fails: fc.property(fc.constant('any'), () => holds('broken on purpose')),
  neverReturns: fc.property(fc.constant('stuck'), (input) => {
    send({ input });
    for (;;);
  }),
};

const [name, runs] = process.argv.slice(2) as [keyof typeof PROPERTIES, string];
send({ ready: true });
const details = fc.check(PROPERTIES[name], { numRuns: Number(runs) });
// fast-check's report names the counterexample and the seed; the error says which invariant broke.
const failure = details.failed ? `${fc.defaultReportMessage(details)}\n${String(details.errorInstance)}` : null;
send({ done: true, seed: details.seed, failure });
