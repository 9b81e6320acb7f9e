// The library in the apps people build: packs it, installs the tarball into examples/vite-app (Vite's
// React starter) and examples/next-app (Next.js App Router, the page a Server Component), builds each
// for production, serves it on 127.0.0.1 and drives it in Debian's Chromium, with the system in light
// and in dark: no console errors or hydration warnings, no request off the machine, the theme's
// colours applied, the underline under the flagged word although the host page centres its text,
// Send blocked for a phone number before a contract and allowed once the contract is active.
//
//   node scripts/check-examples.mjs [--only vite-app|next-app] [--tarball file.tgz] [--screenshots dir]
//
// Each example's dependencies come from its own committed lockfile (`npm ci`), installed again only
// when that lockfile changes (a stamp in node_modules); the tarball is installed on top with --no-save.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH_OPTIONS, readColorTokens, rgb } from './themeTokens.mjs';

const root = join(import.meta.dirname, '..');
const { values: flags } = parseArgs({ options: { only: { type: 'string' }, tarball: { type: 'string' }, screenshots: { type: 'string' } } });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const run = (command, args, cwd) => execFileSync(command, args, { cwd, env, stdio: 'pipe', encoding: 'utf8' });
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const TOKENS = readColorTokens();

const EXAMPLES = [
  {
    name: 'vite-app',
    build: ['node_modules/.bin/vite', ['build']],
    serve: (port) => ['node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort']],
    activateContract: (page) => page.getByLabel('Contract').selectOption('active'),
  },
  {
    name: 'next-app',
    build: ['node_modules/.bin/next', ['build']],
    serve: (port) => ['node_modules/.bin/next', ['start', '--hostname', '127.0.0.1', '--port', String(port)]],
    activateContract: (page) => page.getByRole('link', { name: 'Start the contract' }).click(),
    checkServer: checkRedaction,
  },
].filter(({ name }) => !flags.only || flags.only === name);

/** npm ci from the example's lockfile, unless node_modules already holds exactly that lockfile. */
function installDependencies(dir) {
  const lockfile = readFileSync(join(dir, 'package-lock.json'));
  const stamp = createHash('sha256').update(lockfile).update(process.version).digest('hex');
  const stampFile = join(dir, 'node_modules/.onplatform-example-lock');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return 'dependencies up to date';
  run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], dir);
  writeFileSync(stampFile, stamp);
  return 'npm ci';
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts the production server in its own process group and waits until it answers. */
async function serve(dir, [command, args], url) {
  const child = spawn(command, args, { cwd: dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (const started = performance.now(); performance.now() - started < 60_000; ) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited:\n${output}`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`${command} ${args.join(' ')} did not answer on ${url} within 60 s:\n${output}`);
}

/**
 * Where the textarea draws the flagged text, and where the underline layer's mark is. The textarea's
 * own text is not in the DOM, so a hidden copy of it with every computed style of the textarea is
 * laid over it, and the flagged part's box is read from there (the usual caret-position technique).
 */
function measureUnderline() {
  const textarea = document.querySelector('.op-MessageComposer-textarea');
  const mark = document.querySelector('.op-MessageComposer-mark[data-action="block"]');
  const flagged = mark.textContent;
  const start = textarea.value.indexOf(flagged);
  const style = getComputedStyle(textarea);
  const mirror = document.createElement('div');
  for (const property of style) mirror.style.setProperty(property, style.getPropertyValue(property));
  const box = textarea.getBoundingClientRect();
  Object.assign(mirror.style, {
    position: 'absolute', left: `${box.left + scrollX}px`, top: `${box.top + scrollY}px`, margin: '0', visibility: 'hidden', pointerEvents: 'none',
  });
  const word = document.createElement('span');
  word.textContent = flagged;
  mirror.append(textarea.value.slice(0, start), word, textarea.value.slice(start + flagged.length));
  document.body.append(mirror);
  const measured = {
    flagged,
    word: word.getBoundingClientRect().toJSON(),
    mark: mark.getBoundingClientRect().toJSON(),
    textarea: box.toJSON(),
    hostTextAlign: getComputedStyle(textarea.closest('.op-MessageComposer').parentElement).textAlign,
    decoration: getComputedStyle(mark).textDecorationLine,
    decorationColor: getComputedStyle(mark).textDecorationColor,
  };
  mirror.remove();
  return measured;
}

/**
 * The page redacts a received message on the server (`redactMessage`): before a contract, the number
 * must be nowhere in what the browser receives (the HTML and the inlined React Server Component
 * data), and a mask must stand in its place; with an active contract the number is shown.
 */
async function checkRedaction(url, problems) {
  const number = /646\D{0,3}555\D{0,3}0142/;
  const before = await (await fetch(url)).text();
  if (number.test(before)) problems.push('next-app: the redacted number reached the browser before a contract');
  if (!/class="op-ProtectedMessage-mask"[^>]*data-kind="phone"/.test(before)) problems.push('next-app: no phone mask in the server-rendered page before a contract');
  const after = await (await fetch(`${url}?contract=active`)).text();
  if (!number.test(after)) problems.push('next-app: the number is not shown once the contract is active');
  return !number.test(before) && number.test(after);
}

async function drive(browser, example, url, scheme, problems) {
  // Reduced motion: colours are read without waiting out the border's transition.
  const context = await browser.newContext({ colorScheme: scheme, reducedMotion: 'reduce', viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const fail = (message) => problems.push(`${example.name} (${scheme}): ${message}`);
  page.on('console', (message) => {
    if (message.type() === 'error' || /hydrat/i.test(message.text())) fail(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => fail(`page error: ${error.message}`));
  // Nothing may leave the machine at run time (fonts, telemetry, CDNs).
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : (fail(`request off the machine: ${route.request().url()}`), route.abort()),
  );
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const textarea = page.locator('.op-MessageComposer-textarea');
    const send = page.locator('.op-MessageComposer-send');
    // Keys typed into server HTML before React hydrates it are not React's to check: wait for React
    // to own the textarea (its fiber is attached to the element).
    await page.waitForFunction(() => {
      const element = document.querySelector('.op-MessageComposer-textarea');
      return element !== null && Object.keys(element).some((key) => key.startsWith('__reactFiber'));
    });
    const tokens = TOKENS[scheme];
    const colours = await page.evaluate(() => ({
      border: getComputedStyle(document.querySelector('.op-MessageComposer-field')).borderTopColor,
      send: getComputedStyle(document.querySelector('.op-MessageComposer-send')).backgroundColor,
    }));
    if (colours.border !== rgb(tokens['--op-color-border'])) fail(`composer border is ${colours.border}, expected ${rgb(tokens['--op-color-border'])}`);
    if (colours.send !== rgb(tokens['--op-color-accent'])) fail(`send button is ${colours.send}, expected ${rgb(tokens['--op-color-accent'])}`);

    await textarea.click();
    await textarea.pressSequentially('Sure, call me on +1 917 442 0188 tonight', { delay: 5 });
    await page.waitForSelector('form.op-MessageComposer[data-decision="block"] .op-MessageComposer-mark[data-action="block"]');
    // Blocked, Send stays focusable (aria-disabled, not disabled) so that pressing it can say why.
    if ((await send.getAttribute('aria-disabled')) !== 'true') fail('Send is not aria-disabled for a phone number before a contract');
    const blockedBorder = await page.evaluate(() => getComputedStyle(document.querySelector('.op-MessageComposer-field')).borderTopColor);
    if (blockedBorder !== rgb(tokens['--op-color-danger'])) fail(`blocked composer border is ${blockedBorder}, expected ${rgb(tokens['--op-color-danger'])}`);

    const underline = await page.evaluate(measureUnderline);
    const off = Math.max(...['left', 'right', 'bottom'].map((side) => Math.abs(underline.mark[side] - underline.word[side])));
    if (underline.hostTextAlign !== 'center') fail(`the host page should centre its text around the composer (text-align ${underline.hostTextAlign})`);
    if (off > 2) {
      fail(`the underline under "${underline.flagged}" is ${off.toFixed(1)} px off the word: mark ${JSON.stringify(underline.mark)}, word ${JSON.stringify(underline.word)}`);
    }
    if (underline.decoration !== 'underline' || underline.decorationColor !== rgb(tokens['--op-color-mark-block'])) {
      fail(`the mark is drawn as ${underline.decoration} in ${underline.decorationColor}, expected an underline in ${rgb(tokens['--op-color-mark-block'])}`);
    }
    if (flags.screenshots) {
      await page.screenshot({ path: join(flags.screenshots, `${example.name}-${scheme}.png`), fullPage: true });
      await page.locator('.op-MessageComposer-field').screenshot({ path: join(flags.screenshots, `${example.name}-underline-${scheme}.png`) });
    }

    await example.activateContract(page);
    await page.waitForSelector('form.op-MessageComposer[data-decision="allow"]');
    if ((await send.getAttribute('aria-disabled')) === 'true') fail('Send is still aria-disabled once the contract is active');
    await send.click();
    await page.getByRole('list', { name: 'Sent messages' }).getByText('+1 917 442 0188').first().waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => document.querySelector('.op-MessageComposer-textarea').value === '');
    if (flags.screenshots) await page.screenshot({ path: join(flags.screenshots, `${example.name}-sent-${scheme}.png`), fullPage: true });
    return underline;
  } catch (error) {
    fail(error.message.split('\n')[0]);
    if (flags.screenshots) await page.screenshot({ path: join(flags.screenshots, `${example.name}-${scheme}-failure.png`), fullPage: true }).catch(() => {});
  } finally {
    await context.close();
  }
}

const started = performance.now();
let tarball = flags.tarball;
const packDir = mkdtempSync(join(tmpdir(), 'onplatform-examples-'));
if (flags.screenshots) mkdirSync(flags.screenshots, { recursive: true });
const problems = [];
const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
try {
  if (!tarball) {
    run('npm', ['run', 'build'], root);
    run('npm', ['pack', '--pack-destination', packDir, '--silent'], root);
    tarball = join(packDir, readdirSync(packDir).find((name) => name.endsWith('.tgz')));
    console.log(`built and packed onplatform: ${seconds(started)}`);
  }
  for (const example of EXAMPLES) {
    const dir = join(root, 'examples', example.name);
    let since = performance.now();
    try {
      const installed = installDependencies(dir);
      run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', tarball], dir);
      console.log(`${example.name}: ${installed}, tarball installed: ${seconds(since)}`);
      since = performance.now();
      rmSync(join(dir, example.name === 'next-app' ? '.next' : 'dist'), { recursive: true, force: true });
      run(...example.build, dir);
      console.log(`${example.name}: production build: ${seconds(since)}`);
    } catch (error) {
      console.log(`FAIL ${example.name}: install or build`);
      problems.push(`${example.name}: ${[error.message, error.stdout, error.stderr].filter(Boolean).join('\n').trim()}`);
      continue;
    }
    since = performance.now();
    const port = await freePort();
    const server = await serve(dir, example.serve(port), `http://127.0.0.1:${port}/`);
    try {
      const before = problems.length;
      if (example.checkServer && (await example.checkServer(server.url, problems))) {
        console.log(`${example.name}: a message redacted on the server carries no hidden digit before a contract, and shows it after`);
      }
      for (const scheme of ['light', 'dark']) {
        const underline = await drive(browser, example, server.url, scheme, problems);
        if (underline) console.log(`${example.name} (${scheme}): underline under "${underline.flagged}" at x ${underline.mark.left.toFixed(0)}–${underline.mark.right.toFixed(0)}, the word at ${underline.word.left.toFixed(0)}–${underline.word.right.toFixed(0)}`);
      }
      console.log(`${problems.length > before ? 'FAIL' : 'ok  '} ${example.name}: served on ${server.url}, driven in light and dark: ${seconds(since)}`);
    } finally {
      server.stop();
    }
  }
} finally {
  await browser.close();
  rmSync(packDir, { recursive: true, force: true });
}
console.log(`check:examples: ${seconds(started)}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
