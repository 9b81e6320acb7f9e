import { findPhoneNumbersInText } from 'libphonenumber-js';
import { createDetector } from '../src/core/index';
import { formatMs, measure, type SuiteResult } from './measure';

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

/** Random code points from every plane (seeded, so runs compare), surrogates excluded. */
function randomUnicode(length: number, seed = 0x9e3779b9): string {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    // Mostly BMP (scripts, digits, punctuation), some astral (emoji, CJK extensions).
    let codePoint = next() < 0.8 ? Math.floor(next() * 0x10000) : 0x10000 + Math.floor(next() * 0x2ffff);
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) codePoint = 0x40 + (codePoint & 0x3f);
    const char = String.fromCodePoint(codePoint);
    parts.push(char);
    size += char.length;
  }
  return parts.join('');
}

/** Per keystroke: detect on every prefix of the message, as a composer does while typing. */
function perKeystroke(scan: (text: string) => unknown): () => void {
  return () => {
    for (let length = 1; length <= MESSAGE.length; length += 1) scan(MESSAGE.slice(0, length));
  };
}

export function runCoreBench(): SuiteResult {
  const detector = createDetector();
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

  const pathological: Array<[string, string]> = [
    ["'a'.repeat(50000)+'@'", `${'a'.repeat(50_000)}@`],
    ["'1 '.repeat(20000)", '1 '.repeat(20_000)],
    ["'a.'.repeat(20000)", 'a.'.repeat(20_000)],
    ["'@'.repeat(50000)", '@'.repeat(50_000)],
    ["'9'.repeat(50000)", '9'.repeat(50_000)],
    ["'.'.repeat(50000)", '.'.repeat(50_000)],
    ["'1.'.repeat(25000)", '1.'.repeat(25_000)],
    ["'one '.repeat(20000)", 'one '.repeat(20_000)],
    ["'at dot '.repeat(10000)", 'at dot '.repeat(10_000)],
    ['mixed unicode', '٣🙂ａ@\u200B.'.repeat(8_000)],
    ['random unicode (seeded)', randomUnicode(50_000)],
  ];
  let slowest = 0;
  for (const [name, input] of pathological) {
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
