/**
 * `npm run bench:browser`: typing latency in Debian's Chromium (playwright-core), the composer
 * against a plain controlled <textarea>, measured alternately in the same run, with and without
 * 4× CPU throttling. A benchmark that reports; it never fails the build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath}: run \`node scripts/ensure-chromium.mjs\` or set CHROMIUM_PATH.`);
  process.exit(1);
}

const SENTENCE = 'Thanks for the brief! I can start Monday; text me on +1 917 442 0188 or ana@mail.co. ';
const message300 = SENTENCE.repeat(4).slice(0, 300);
const prefix5000 = SENTENCE.repeat(60).slice(0, 4_900);

const server = await createServer({ root: join(import.meta.dirname, 'browser'), configFile: false, logLevel: 'error', server: { port: 0 } });
await server.listen();
const address = server.httpServer?.address();
const base = `http://localhost:${typeof address === 'object' && address ? address.port : 5173}`;
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function typeAndMeasure(page: 'plain' | 'composer', prefill: string, text: string, throttle: number): Promise<number[]> {
  const tab = await browser.newPage();
  const session = await tab.context().newCDPSession(tab);
  await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await tab.goto(`${base}/?page=${page}`);
  const box = tab.getByRole('textbox', { name: 'Message' });
  if (prefill) await box.fill(prefill);
  await box.focus();
  await tab.evaluate(() => ((window as unknown as { latencies: number[] }).latencies.length = 0));
  await tab.keyboard.type(text, { delay: 30 });
  await tab.waitForTimeout(300);
  const latencies = await tab.evaluate(() => (window as unknown as { latencies: number[] }).latencies.slice());
  await tab.close();
  return latencies;
}

const stat = (values: number[], fraction: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(fraction * values.length))]!;

for (const throttle of [1, 4]) {
  for (const [label, prefill, text, limit] of [
    ['300-char message', '', message300, 1.25],
    ['5,000-char draft', prefix5000, message300.slice(0, 100), 1.5],
  ] as const) {
    const plain: number[] = [];
    const composer: number[] = [];
    // Alternate the two pages so background load affects both alike.
    for (let round = 0; round < 2; round += 1) {
      plain.push(...(await typeAndMeasure('plain', prefill, text, throttle)));
      composer.push(...(await typeAndMeasure('composer', prefill, text, throttle)));
    }
    const medianRatio = stat(composer, 0.5) / stat(plain, 0.5);
    const p95Ratio = stat(composer, 0.95) / stat(plain, 0.95);
    const verdict = medianRatio <= limit && p95Ratio <= limit ? 'PASS' : 'FAIL';
    console.log(
      `${throttle}× CPU, ${label}: composer median ${stat(composer, 0.5).toFixed(1)} ms, p95 ${stat(composer, 0.95).toFixed(1)} ms; ` +
        `textarea median ${stat(plain, 0.5).toFixed(1)} ms, p95 ${stat(plain, 0.95).toFixed(1)} ms; ratio median ${medianRatio.toFixed(2)}×, p95 ${p95Ratio.toFixed(2)}× (${verdict}, target ≤ ${limit}×)`,
    );
  }
}

await browser.close();
await server.close();
