/**
 * `npm run bench`: speed is measured here, never in unit tests (machines are shared and noisy).
 * Every figure is a median over repeated runs, compared with a baseline run in the same process.
 */
import { runCoreBench } from './core.bench';
import { runComposerBench } from './composer.bench';
import { runHooksBench } from './hooks.bench';
import { runLimitsBench } from './limits.bench';
import type { SuiteResult } from './measure';

const suites: Array<[string, () => SuiteResult | Promise<SuiteResult>]> = [
  ['core', runCoreBench],
  ['limits', runLimitsBench],
  ['hooks', runHooksBench],
  ['composer', runComposerBench],
];

// `npm run bench -- core` runs only the suites whose name contains one of the arguments.
const only = process.argv.slice(2);
let failed = 0;
for (const [name, suite] of suites) {
  if (only.length > 0 && !only.some((filter) => name.includes(filter))) continue;
  const result = await suite();
  console.log(`\n## ${result.title}`);
  for (const line of result.lines) console.log(`  ${line}`);
  for (const target of result.targets) {
    console.log(`  ${target.pass ? 'PASS' : 'FAIL'} ${target.label}`);
    if (!target.pass) failed += 1;
  }
}
console.log(`\n${failed === 0 ? 'all targets met' : `${failed} target(s) missed`} (a report, not a gate: figures vary with machine load)`);
