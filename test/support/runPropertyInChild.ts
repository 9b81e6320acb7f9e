import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./propertyChild.ts', import.meta.url));
const STARTUP_LIMIT_MS = 120_000;

export type ChildProperty = 'detector' | 'checkMessage' | 'fails' | 'neverReturns';

export interface ChildPropertyOutcome {
  /** fast-check's random seed, to replay a failure. */
  seed?: number;
  /** fast-check's report (counterexample and seed), a hang, or the child's crash; null when the property held. */
  failure: string | null;
  /** The input being checked when the deadline passed. */
  hungOn?: unknown;
}

/**
 * Runs a property of test/support/propertyChild.ts in its own Node process. Vitest cannot stop a
 * test stuck in synchronous code, so a detector that loops forever on some random input would
 * stall the whole run until CI gives up; here the child is killed `deadlineMs` after it starts
 * checking (its start-up is not counted), and the input it was on is reported.
 */
export function runPropertyInChild(name: ChildProperty, numRuns: number, deadlineMs: number): Promise<ChildPropertyOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, name, String(numRuns)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lastInput: unknown;
    let outcome: ChildPropertyOutcome | undefined;
    let pending = '';
    let stderr = '';
    const giveUp = (limit: number) =>
      setTimeout(() => {
        outcome ??= { failure: `no answer within ${limit} ms`, hungOn: lastInput };
        child.kill('SIGKILL');
      }, limit);
    let timer = giveUp(STARTUP_LIMIT_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const message = JSON.parse(line) as { ready?: true; input?: unknown; done?: true; seed: number; failure: string | null };
        if (message.ready) {
          clearTimeout(timer);
          timer = giveUp(deadlineMs);
        } else if (message.done) outcome ??= { seed: message.seed, failure: message.failure };
        else lastInput = message.input;
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(outcome ?? { failure: `the child exited with ${code}: ${stderr.slice(-2_000)}`, hungOn: lastInput });
    });
  });
}
