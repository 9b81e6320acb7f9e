// The colour tokens as declared in src/styles/tokens.css, for the checks that compare what a
// browser computes with them (check-styles.mjs, check-examples.mjs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `{ light: { '--op-color-text': '#1c1f23', … }, dark: { … } }` from the light and the forced-dark block. */
export function readColorTokens() {
  const css = readFileSync(join(import.meta.dirname, '../src/styles/tokens.css'), 'utf8');
  const block = (selector) => {
    const start = css.indexOf(`${selector} {`);
    if (start < 0) throw new Error(`tokens.css has no "${selector}" block`);
    const body = css.slice(start, css.indexOf('}', start));
    return Object.fromEntries([...body.matchAll(/(--op-color-[a-z-]+):\s*(#[0-9a-f]{6});/gi)].map(([, name, value]) => [name, value]));
  };
  const tokens = { light: block(":where(:root, [data-theme='light'])"), dark: block(":where([data-theme='dark'])") };
  const names = Object.keys(tokens.light);
  if (names.length < 10 || names.join() !== Object.keys(tokens.dark).join()) {
    throw new Error(`tokens.css: the light and dark blocks should declare the same colour tokens (${names.join(', ')})`);
  }
  return tokens;
}

/** `#1f5fd1` → `rgb(31, 95, 209)`, the form getComputedStyle returns. */
export const rgb = (hex) => `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

/** Debian's Chromium, never a downloaded build; the flags keep it off the network. */
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
