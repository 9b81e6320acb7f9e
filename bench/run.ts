/**
 * `npm run bench`: speed is measured here, never in unit tests (machines are shared and noisy).
 * Every figure is a median over repeated runs, compared with a baseline run in the same process.
 * Rows print as soon as they are measured, each with the seconds since the start.
 */
import { runCoreBench } from './core.bench';
import { runComposerBench } from './composer.bench';
import { runHooksBench } from './hooks.bench';
import { runLimitsBench } from './limits.bench';
import type { Report, Suite } from './measure';

const suites: Array<[string, Suite]> = [
  ['core', runCoreBench],
  ['limits', runLimitsBench],
  ['hooks', runHooksBench],
  ['composer', runComposerBench],
];

const began = performance.now();
const elapsed = () => `[${((performance.now() - began) / 1000).toFixed(0).padStart(3)} s]`;
let failed = 0;
const report: Report = {
  title: (text) => console.log(`\n## ${text}`),
  line: (text) => console.log(`${elapsed()} ${text}`),
  target: (label, pass) => {
    console.log(`${elapsed()} ${pass ? 'PASS' : 'FAIL'} ${label}`);
    if (!pass) failed += 1;
  },
};

// `npm run bench -- core` runs only the suites whose name contains one of the arguments.
const only = process.argv.slice(2);
for (const [name, suite] of suites) {
  if (only.length > 0 && !only.some((filter) => name.includes(filter))) continue;
  await suite(report);
}
console.log(
  `\n${failed === 0 ? 'all targets met' : `${failed} target(s) missed`} in ${((performance.now() - began) / 1000).toFixed(0)} s ` +
    '(a report, not a gate: figures vary with machine load)',
);
