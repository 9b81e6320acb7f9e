import { checkMessage, createDetector, DEFAULT_MAX_LENGTH, type Detector } from '../src/core/index';
import { CLOCK, formatMs, interleave, roundsNote, type Report } from './measure';
import { randomUnicode } from '../test/fixtures/pathologicalInputs';
import { unseen } from './unseen';

/** Detects `text` or its one-character variant in turn: every run reads a text it hasn't seen (see unseen). */
function readUnseen(detector: Detector, text: string): () => void {
  const next = unseen(text);
  return () => detector.detect(next());
}

// The costs the length limit bounds (issue 15), against 100,000 characters of prose read whole.
function prose(length: number): string {
  const paragraph =
    'The milestone covers wireframes, two rounds of revisions and the final files in Figma. Budget 2000-3000 USD, ' +
    'deadline 12.03.2025, version v2.10.3 of the app. Reach me at ana@mail.co or call 020 7946 0958 if needed. ';
  return paragraph.repeat(Math.ceil(length / paragraph.length)).slice(0, length);
}

export function runLimitsBench(report: Report): void {
  report.title(`Length limit: huge and slow-shaped inputs against 100,000 chars of prose (${CLOCK}, medians)`);
  const whole = createDetector({ maxLength: 10_000_000 });
  const limited = createDetector();
  const prose100k = prose(100_000);
  const baseline = interleave({ prose: readUnseen(whole, prose100k) }, { budgetMs: 3_000 }).prose;
  report.line(`baseline: 100,000 chars of prose read whole: ${formatMs(baseline.median)} [${roundsNote(baseline)}]`);
  const tenMegabytes = prose(10_000_000);
  const oneMegabyteUnicode = randomUnicode(1_000_000);
  const arabicIndic = '٣ '.repeat(50_000);
  // Read whole, the 1 MB of random Unicode is a pathological row of the core bench (at 1 and 2 MB).
  const cases: Array<[string, () => unknown]> = [
    ['checkMessage, 10 MB of prose (over the limit: blocked unread)', () => checkMessage(tenMegabytes, { contractState: 'none' })],
    [`detect, 10 MB of prose (default limit: reads the first ${DEFAULT_MAX_LENGTH.toLocaleString('en')})`, readUnseen(limited, tenMegabytes)],
    ['detect, 1 MB of random Unicode (default limit)', readUnseen(limited, oneMegabyteUnicode)],
    ["detect, '٣ '.repeat(50000) (Arabic-Indic digits, 100k chars) read whole", readUnseen(whole, arabicIndic)],
    ["detect, '٣ '.repeat(50000) (default limit)", readUnseen(limited, arabicIndic)],
  ];
  let slowestBounded = 0;
  for (const [name, run] of cases) {
    const result = interleave({ run }, { budgetMs: 3_000 }).run;
    if (!name.includes('whole')) slowestBounded = Math.max(slowestBounded, result.median);
    report.line(`${name}: ${formatMs(result.median)} (${(result.median / baseline.median).toFixed(2)}× of 100k prose) [${roundsNote(result)}]`);
  }
  report.target(
    `every input under the default limit costs less than 100k prose read whole (slowest ${formatMs(slowestBounded)} vs ${formatMs(baseline.median)})`,
    slowestBounded < baseline.median,
  );
}
