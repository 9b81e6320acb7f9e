import { findPhoneNumbersInText } from 'libphonenumber-js';
import { createDetector } from '../src/core/index';
import { formatMs, measure, type SuiteResult } from './measure';
import { PATHOLOGICAL_INPUTS } from './pathologicalInputs';

const MESSAGE =
  'Hi Ana! Thanks for the brief. I can deliver the logo in 5 days for $450. Before we start, could you ' +
  'text me on +1 917 442 0188 or write to ana.designs (at) gmail (dot) com? We could also continue on ' +
  'WhatsApp, it is faster. My portfolio: anadesigns.io. Let me know about the deadlines, thanks. Cheers!';

function prose(length: number): string {
  const paragraph =
    'The milestone covers wireframes, two rounds of revisions and the final files in Figma. Budget 2000-3000 USD, ' +
    'deadline 12.03.2025, version v2.10.3 of the app. Reach me at ana@mail.co or call 020 7946 0958 if needed. ';
  return paragraph.repeat(Math.ceil(length / paragraph.length)).slice(0, length);
}


/** Per keystroke: detect on every prefix of the message, as a composer does while typing. */
function perKeystroke(scan: (text: string) => unknown): () => void {
  return () => {
    for (let length = 1; length <= MESSAGE.length; length += 1) scan(MESSAGE.slice(0, length));
  };
}

export function runCoreBench(): SuiteResult {
  // Past the default 20,000-character limit only the start is read: lift it to time whole texts.
  const detector = createDetector({ maxLength: 1_000_000 });
  const ours = (text: string) => detector.detect(text);
  const baseline = (text: string) => findPhoneNumbersInText(text);
  const lines: string[] = [];
  const keystrokes = MESSAGE.length;

  const typedOurs = measure('detect per keystroke', perKeystroke(ours), { iterations: 15 });
  const typedBase = measure('libphonenumber per keystroke', perKeystroke(baseline), { iterations: 15 });
  const keystrokeRatio = typedOurs.median / typedBase.median;
  lines.push(
    `typing a ${keystrokes}-char message: ${formatMs(typedOurs.median / keystrokes)} per keystroke (p95 run ${formatMs(typedOurs.p95 / keystrokes)}); ` +
      `libphonenumber-js findPhoneNumbersInText alone ${formatMs(typedBase.median / keystrokes)}; ratio ${keystrokeRatio.toFixed(2)}×`,
  );

  const paste10k = prose(10_000);
  const paste100k = prose(100_000);
  const ours10k = measure('10k', () => ours(paste10k), { iterations: 15 });
  const ours100k = measure('100k', () => ours(paste100k), { iterations: 7, warmup: 2 });
  const base10k = measure('lib 10k', () => baseline(paste10k), { iterations: 15 });
  const base100k = measure('lib 100k', () => baseline(paste100k), { iterations: 7, warmup: 2 });
  const scaling = ours100k.median / ours10k.median;
  lines.push(`paste 10,000 chars: ${formatMs(ours10k.median)} (libphonenumber-js ${formatMs(base10k.median)}, ratio ${(ours10k.median / base10k.median).toFixed(2)}×)`);
  lines.push(`paste 100,000 chars: ${formatMs(ours100k.median)} (libphonenumber-js ${formatMs(base100k.median)}, ratio ${(ours100k.median / base100k.median).toFixed(2)}×); 100k / 10k = ${scaling.toFixed(1)}×`);

  let slowest = 0;
  for (const [name, input] of PATHOLOGICAL_INPUTS) {
    const result = measure(name, () => ours(input), { iterations: 5, warmup: 1 });
    const base = measure(`lib ${name}`, () => baseline(input), { iterations: 5, warmup: 1 });
    slowest = Math.max(slowest, result.median);
    lines.push(
      `pathological ${name} (${input.length} chars): ${formatMs(result.median)} (${(result.median / ours100k.median).toFixed(2)}× of 100k prose; ` +
        `libphonenumber-js ${formatMs(base.median)}, ratio ${(result.median / base.median).toFixed(2)}×)`,
    );
  }

  return {
    title: 'core detector',
    lines,
    targets: [
      { label: `per keystroke within 3× of libphonenumber-js alone (${keystrokeRatio.toFixed(2)}×)`, pass: keystrokeRatio <= 3 },
      { label: `100,000 chars under 10× the 10,000-char time (${scaling.toFixed(1)}×)`, pass: scaling < 10 },
      { label: `no pathological input slower than 100,000 chars of prose (slowest ${formatMs(slowest)} vs ${formatMs(ours100k.median)})`, pass: slowest <= ours100k.median },
    ],
  };
}
