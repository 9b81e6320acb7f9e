/** Runs `run` repeatedly after a warm-up and reports the median and p95 in milliseconds. */
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
  const at = (fraction: number) => times[Math.min(times.length - 1, Math.floor(fraction * times.length))]!;
  return { name, median: at(0.5), p95: at(0.95), samples: times.length };
}

export function formatMs(value: number): string {
  return value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(2)} ms`;
}

export interface Target {
  label: string;
  pass: boolean;
}

export interface SuiteResult {
  title: string;
  lines: string[];
  targets: Target[];
}
