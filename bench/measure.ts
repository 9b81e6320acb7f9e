/**
 * Timing for `npm run bench`. The machines are shared (2 cores, often under load from other work),
 * so the detector figures are CPU time, not wall time: a run that waits for a core costs no CPU,
 * while its wall time can grow tenfold under load. It is the process's CPU time (microseconds, every
 * thread: the garbage collector's helpers count, as the work they do is the detector's). Linux's
 * per-thread clock (/proc/thread-self/schedstat) moves in 4 ms ticks here: too coarse for a row.
 * Workloads compared with each other run in turn, round by round, so what load remains (caches,
 * frequency, a busy sibling core) hits them alike.
 */

/** CPU time this process has used, in milliseconds. */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** What `cpuMs` measures, for the bench's titles. */
export const CLOCK = 'CPU time';

export interface Series {
  median: number;
  rounds: number;
  /** Half the interquartile range over the median: ±0.03 means the middle half of the rounds lies within ±3%. */
  spread: number;
}

export interface InterleaveOptions {
  /** Rounds every workload gets, however long they take. */
  minRounds?: number;
  /** Rounds no workload goes past. */
  maxRounds?: number;
  /** Stop adding rounds once this much time has gone into the row (and minRounds are done). */
  budgetMs?: number;
  /** Stop adding rounds once every series is this steady (and minRounds are done). */
  steady?: number;
  /** Untimed runs of each workload first (JIT, lazily built tables). 0 when a smaller run warmed the same code. */
  warmup?: number;
}

const quantile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;

function seriesOf(times: number[]): Series {
  const sorted = [...times].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const spread = median > 0 ? (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / 2 / median : 0;
  return { median, rounds: times.length, spread };
}

/**
 * Runs every workload once per round, in turn, and reports each one's median CPU time in ms.
 * Rounds stop at `maxRounds`, or after `minRounds` once every series is `steady` or the row has
 * used `budgetMs`: a steady row needs few rounds, a noisy one gets more while time allows.
 */
export function interleave<Name extends string>(
  workloads: Record<Name, () => void>,
  { minRounds = 3, maxRounds = 15, budgetMs = 3_000, steady = 0.03, warmup = 1 }: InterleaveOptions = {},
): Record<Name, Series> {
  const names = Object.keys(workloads) as Name[];
  for (let round = 0; round < warmup; round += 1) for (const name of names) workloads[name]();
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
  const began = performance.now();
  for (let round = 0; round < maxRounds; round += 1) {
    for (const name of names) {
      const start = cpuMs();
      workloads[name]();
      times[name].push(cpuMs() - start);
    }
    if (round + 1 < minRounds) continue;
    const series = names.map((name) => seriesOf(times[name]));
    if (series.every((one) => one.spread <= steady) || performance.now() - began >= budgetMs) break;
  }
  return Object.fromEntries(names.map((name) => [name, seriesOf(times[name])])) as Record<Name, Series>;
}

/** "7 rounds, ±2%": how many rounds a row took and how far its rounds spread (the widest series). */
export function roundsNote(...series: Series[]): string {
  const rounds = Math.min(...series.map((one) => one.rounds));
  const spread = Math.max(...series.map((one) => one.spread));
  return `${rounds} round${rounds === 1 ? '' : 's'}, ±${(spread * 100).toFixed(0)}%`;
}

/** Runs `run` repeatedly after a warm-up and reports the median and p95 in milliseconds (wall time). */
export interface Measurement {
  name: string;
  median: number;
  p95: number;
  samples: number;
}

export function measure(name: string, run: () => void, { iterations = 30, warmup = 5 } = {}): Measurement {
  for (let index = 0; index < warmup; index += 1) run();
  const times: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, median: quantile(times, 0.5), p95: quantile(times, 0.95), samples: times.length };
}

export function formatMs(value: number): string {
  return value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(2)} ms`;
}

/**
 * Where a suite writes: every row is printed the moment it is measured (so a slow row shows
 * where the time goes), each with the seconds since the bench started.
 */
export interface Report {
  title(text: string): void;
  line(text: string): void;
  target(label: string, pass: boolean): void;
}

export type Suite = (report: Report) => void | Promise<void>;
