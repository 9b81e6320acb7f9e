import { findPhoneNumbersInText } from 'libphonenumber-js';
import { createDetector } from '../src/core/index';
import { formatMs, measure, type SuiteResult } from './measure';
import { PATHOLOGICAL_SHAPES } from '../test/fixtures/pathologicalInputs';
import { unseen } from './unseen';

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

/** A long chat draft: ordinary sentences, the kind of message typed at 5,000 characters, ending in the 300-char message. */
function longDraft(length: number): string {
  const sentence = 'Here is the plan for the next milestone: wireframes first, then two rounds of revisions and the final files. ';
  const head = sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length - MESSAGE.length);
  return head + MESSAGE;
}

/** Per keystroke: detect on each of the last `keystrokes` prefixes of `text`, as a composer does while typing. */
function typing(scan: (text: string) => unknown, text: string, keystrokes: number): () => void {
  return () => {
    for (let length = text.length - keystrokes + 1; length <= text.length; length += 1) scan(text.slice(0, length));
  };
}

const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;
const exponent = (small: number, large: number, sizeRatio: number) => Math.log(large / small) / Math.log(sizeRatio);

export function runCoreBench(): SuiteResult {
  // Past the default 20,000-character limit only the start is read: lift it to time whole texts.
  const detector = createDetector({ maxLength: 1_000_000 });
  const emailOnly = createDetector({ kinds: ['email'], maxLength: 1_000_000 });
  const ours = (text: string) => detector.detect(text);
  const oneKind = (text: string) => emailOnly.detect(text);
  const baseline = (text: string) => findPhoneNumbersInText(text);
  const lines: string[] = [];

  // Per keystroke: the 300-char message typed through, and the last 300 keys of a 5,000-char draft.
  const draft = longDraft(5_000);
  const typed = (scan: (text: string) => unknown, text: string, keys: number, iterations: number) =>
    measure('typing', typing(scan, text, keys), { iterations }).median / keys;
  const key300 = { ours: typed(ours, MESSAGE, MESSAGE.length, 15), base: typed(baseline, MESSAGE, MESSAGE.length, 15), one: typed(oneKind, MESSAGE, MESSAGE.length, 15) };
  const key5k = { ours: typed(ours, draft, 100, 9), base: typed(baseline, draft, 100, 9), one: typed(oneKind, draft, 100, 9) };
  lines.push(
    `per keystroke, ${MESSAGE.length}-char message typed through: ${formatMs(key300.ours)} (libphonenumber-js ${formatMs(key300.base)}, ratio ${ratio(key300.ours, key300.base)}; ` +
      `email-only detector ${formatMs(key300.one)}, ${ratio(key300.one, key300.ours)} of all kinds)`,
  );
  lines.push(
    `per keystroke at ${draft.length} chars (last 100 keys): ${formatMs(key5k.ours)} (libphonenumber-js ${formatMs(key5k.base)}, ratio ${ratio(key5k.ours, key5k.base)}; ` +
      `email-only ${formatMs(key5k.one)}, ${ratio(key5k.one, key5k.ours)})`,
  );

  // Pastes, and the growth exponent from 10k to 1M.
  const pastes = [10_000, 100_000, 1_000_000].map((size) => {
    const text = unseen(prose(size));
    const iterations = size >= 1_000_000 ? 3 : size >= 100_000 ? 7 : 15;
    const warmup = size >= 1_000_000 ? 1 : 2;
    return {
      size,
      ours: measure(`${size}`, () => ours(text()), { iterations, warmup }).median,
      base: measure(`lib ${size}`, () => baseline(text()), { iterations, warmup }).median,
      one: measure(`email ${size}`, () => oneKind(text()), { iterations, warmup }).median,
    };
  });
  for (const paste of pastes) {
    lines.push(
      `paste ${paste.size.toLocaleString('en')} chars: ${formatMs(paste.ours)} (libphonenumber-js ${formatMs(paste.base)}, ratio ${ratio(paste.ours, paste.base)}; ` +
        `email-only ${formatMs(paste.one)}, ${ratio(paste.one, paste.ours)})`,
    );
  }
  const [p10k, p100k, p1m] = pastes as [typeof pastes[0], typeof pastes[0], typeof pastes[0]];
  const growth = exponent(p10k.ours, p1m.ours, 100);
  const growthBase = exponent(p10k.base, p1m.base, 100);
  lines.push(`growth exponent 10k → 1M: ${growth.toFixed(2)} (libphonenumber-js ${growthBase.toFixed(2)}; 1 is linear)`);

  // Pathological inputs at n and 2n.
  let slowest = { name: '', time: 0 };
  let steepest = { name: '', exponent: 0 };
  for (const shape of PATHOLOGICAL_SHAPES) {
    const small = shape.make(1);
    const large = shape.make(2);
    const big = small.length > 200_000;
    const options = { iterations: big ? 3 : 5, warmup: 1 };
    const [smallText, largeText] = [unseen(small), unseen(large)];
    const timeN = measure(shape.name, () => ours(smallText()), options).median;
    const time2N = measure(shape.name, () => ours(largeText()), options).median;
    const base = measure(`lib ${shape.name}`, () => baseline(smallText()), { iterations: 3, warmup: 1 }).median;
    const shapeExponent = exponent(timeN, time2N, large.length / small.length);
    // Inputs of prose size or less are held to the 100k prose time; the 1 MB one to the 1M paste.
    const reference = big ? p1m.ours : p100k.ours;
    if (timeN / reference > slowest.time) slowest = { name: shape.name, time: timeN / reference };
    if (shapeExponent > steepest.exponent) steepest = { name: shape.name, exponent: shapeExponent };
    lines.push(
      `pathological ${shape.name} (${small.length} chars): ${formatMs(timeN)}, ${ratio(timeN, reference)} of ${big ? '1M' : '100k'} prose; ` +
        `at 2n ${formatMs(time2N)} (exponent ${shapeExponent.toFixed(2)}); libphonenumber-js ${formatMs(base)}, ratio ${ratio(timeN, base)}`,
    );
  }

  const keyRatio = key300.ours / key300.base;
  const pasteRatio = p100k.ours / p100k.base;
  const singleKind = Math.max(key300.one / key300.ours, p100k.one / p100k.ours);
  return {
    title: 'core detector (createDetector(), all seven kinds, against libphonenumber-js findPhoneNumbersInText in the same run)',
    lines,
    targets: [
      { label: `per keystroke on the ${MESSAGE.length}-char message ≤ 1.0× libphonenumber-js (${keyRatio.toFixed(2)}×)`, pass: keyRatio <= 1 },
      { label: `100k paste ≤ 1.5× libphonenumber-js (${pasteRatio.toFixed(2)}×)`, pass: pasteRatio <= 1.5 },
      { label: `growth exponent 10k → 1M ≤ 1.1 (${growth.toFixed(2)})`, pass: growth <= 1.1 },
      { label: `email-only detector ≤ 1/3 of all kinds, per keystroke and 100k (${singleKind.toFixed(2)})`, pass: singleKind <= 1 / 3 },
      { label: `every pathological input grows with exponent ≤ 1.2 (steepest ${steepest.name}: ${steepest.exponent.toFixed(2)})`, pass: steepest.exponent <= 1.2 },
      { label: `no pathological input slower than prose of its size (slowest ${slowest.name}: ${slowest.time.toFixed(2)}×)`, pass: slowest.time <= 1 },
    ],
  };
}
