// The theme survives a production build: minifies dist/styles.css the way Vite 8 does by default
// (Lightning CSS, at Vite's default build targets), loads the result in Chromium, and compares the
// computed colours of every --op-color-* token and of a few component parts with the values declared
// in src/styles/tokens.css: with the system in light and in dark, with data-theme forced on <html>
// and on a wrapper, and with an app's own :root override. Lightning CSS lowers light-dark() for these
// targets into switches that only a literal color-scheme sets, which once made every token invalid.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'lightningcss';
import { chromium } from 'playwright-core';
import { resolveConfig } from 'vite';
import { CHROMIUM_LAUNCH_OPTIONS, readColorTokens, rgb } from './themeTokens.mjs';

const root = join(import.meta.dirname, '..');
const stylesPath = join(root, 'dist/styles.css');
if (!existsSync(stylesPath)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const source = readFileSync(stylesPath);

// Vite's own defaults, read from Vite rather than copied: build.cssTarget and build.cssMinify.
const vite = await resolveConfig({ configFile: false, logLevel: 'silent', root }, 'build', 'production');
if (vite.build.cssMinify !== true) throw new Error(`Vite's default cssMinify changed to ${vite.build.cssMinify}: revisit this check`);
// The same conversion Vite applies to its esbuild-style targets before calling Lightning CSS.
const BROWSERS = { chrome: 'chrome', edge: 'edge', firefox: 'firefox', safari: 'safari', ios: 'ios_saf', opera: 'opera' };
const targets = {};
for (const target of [vite.build.cssTarget].flat()) {
  const [, name, major, minor = '0'] = /^([a-z]+)(\d+)(?:\.(\d+))?$/.exec(target) ?? [];
  if (!BROWSERS[name]) throw new Error(`Unexpected Vite CSS target ${target}: teach scripts/check-styles.mjs to convert it`);
  targets[BROWSERS[name]] = (Number(major) << 16) | (Number(minor) << 8);
}
const minified = transform({ filename: 'styles.css', code: source, minify: true, targets }).code.toString();
console.log(
  `dist/styles.css minified by Lightning CSS at Vite's default targets (${[vite.build.cssTarget].flat().join(', ')}): ` +
    `${source.length} → ${minified.length} bytes${minified.includes('--lightningcss-') ? ', light-dark() lowered' : ''}`,
);

const TOKENS = readColorTokens();
const names = Object.keys(TOKENS.light);

// Component parts and the token each one shows.
const PARTS = [
  ['composer border', '.op-MessageComposer-field', 'border-top-color', '--op-color-border'],
  ['blocked composer border', '[data-decision="block"] .op-MessageComposer-field', 'border-top-color', '--op-color-danger'],
  ['send button', '.op-MessageComposer-send', 'background-color', '--op-color-accent'],
  ['block underline', '.op-MessageComposer-mark', 'text-decoration-color', '--op-color-mark-block'],
  ['warning banner', '.op-PolicyWarningBanner', 'background-color', '--op-color-warning-surface'],
];
const probes = (theme) => `
  <div ${theme ? `data-theme="${theme}"` : ''} class="probes">
    ${names.map((name) => `<span data-token="${name}" style="color: var(${name})">${name}</span>`).join('')}
    <form class="op-MessageComposer" data-decision="allow"><div class="op-MessageComposer-field"><textarea class="op-MessageComposer-textarea"></textarea></div>
      <button class="op-Button op-MessageComposer-send" data-variant="primary">Send</button></form>
    <form class="op-MessageComposer" data-decision="block"><div class="op-MessageComposer-field">
      <div class="op-MessageComposer-underlines"><mark class="op-MessageComposer-mark" data-action="block">0612</mark></div></div></form>
    <div class="op-PolicyWarningBanner" data-decision="warn">Check your message</div>
  </div>`;

const SCENARIOS = [
  { label: 'system light', scheme: 'light', expect: 'light' },
  { label: 'system dark', scheme: 'dark', expect: 'dark' },
  { label: 'data-theme="dark" on <html>, system light', scheme: 'light', html: 'dark', expect: 'dark' },
  { label: 'data-theme="light" on <html>, system dark', scheme: 'dark', html: 'light', expect: 'light' },
  { label: 'data-theme="dark" on a wrapper, system light', scheme: 'light', wrapper: 'dark', expect: 'dark' },
  { label: 'data-theme="light" on a wrapper, system dark', scheme: 'dark', wrapper: 'light', expect: 'light' },
  { label: "an app's :root override, system dark", scheme: 'dark', expect: 'dark', override: ['--op-color-accent', '#0a7d5a'] },
];

const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
const failures = [];
try {
  const page = await browser.newPage();
  for (const { label, scheme, html, wrapper, expect, override } of SCENARIOS) {
    await page.emulateMedia({ colorScheme: scheme });
    const appCss = override ? `:root { ${override[0]}: ${override[1]}; }` : '';
    await page.setContent(
      `<!doctype html><html ${html ? `data-theme="${html}"` : ''}><head><style>${minified}</style><style>${appCss}</style></head>` +
        `<body>${probes(wrapper)}</body></html>`,
    );
    const expected = { ...TOKENS[expect], ...(override && { [override[0]]: override[1] }) };
    const seen = await page.evaluate(
      ({ names, parts }) => ({
        tokens: names.map((name) => getComputedStyle(document.querySelector(`[data-token="${name}"]`)).color),
        parts: parts.map(([, selector, property]) => getComputedStyle(document.querySelector(selector)).getPropertyValue(property)),
      }),
      { names, parts: PARTS },
    );
    const wrong = [
      ...names.map((name, index) => [name, seen.tokens[index], rgb(expected[name])]),
      ...PARTS.map(([part, , property, token], index) => [`${part} (${property})`, seen.parts[index], rgb(expected[token])]),
    ].filter(([, actual, wanted]) => actual !== wanted);
    console.log(`${wrong.length ? 'FAIL' : 'ok  '} ${label}: ${names.length} tokens and ${PARTS.length} component parts`);
    for (const [what, actual, wanted] of wrong) failures.push(`${label}: ${what} is ${actual}, expected ${wanted}`);
  }
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(failures.slice(0, 20).join('\n') + (failures.length > 20 ? `\n… and ${failures.length - 20} more` : ''));
  console.error('The theme does not survive Lightning CSS at Vite\'s default targets: see src/styles/tokens.css.');
  process.exit(1);
}
