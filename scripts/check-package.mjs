// Package correctness: build, pack, install the tarball into a fresh project, then import the
// core in plain Node (no DOM) through the package's own exports, with import and with require,
// check that only the React entry is a client module ("use client"), server-render every component
// with React 19 and again with React 18 (the peer range is ^18 || ^19), and lint the package.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, stdio: 'pipe', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const elapsed = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
// The same React versions the tests use: the project's own, and the copies the unit-react18 project uses.
const reactPinnedBy = (packageJson) => JSON.parse(readFileSync(join(root, packageJson), 'utf8'));
const react19 = reactPinnedBy('package.json').devDependencies;
const react18 = reactPinnedBy('test/react18/package.json').dependencies;
const reactPackages = (versions) => [`react@${versions.react}`, `react-dom@${versions['react-dom']}`];
// --prefer-offline: the React tarballs are in the npm cache after the project's own install.
// The catalogue entries package.json exports as onplatform/locales/<tag>.
const LOCALE_TAGS = ['pt-BR', 'fr', 'de', 'it', 'ru', 'pl', 'tr', 'ar', 'hi', 'id', 'vi', 'zh-Hans', 'ja'];
const install = (specs, cwd) => run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', ...specs], cwd);

run('npm', ['run', 'build']);
const packDir = mkdtempSync(join(tmpdir(), 'onplatform-pack-'));
run('npm', ['pack', '--pack-destination', packDir, '--silent']);
const tarball = join(packDir, readdirSync(packDir).find((name) => name.endsWith('.tgz')));

const project = mkdtempSync(join(tmpdir(), 'onplatform-consumer-'));
try {
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // The consumer gets the runtime dependencies from the same registry the project uses.
  let started = performance.now();
  install([tarball, ...reactPackages(react19)], project);
  console.log(`install tarball + ${reactPackages(react19).join(' ')}: ${elapsed(started)}`);
  const script = `
    if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('DOM globals present');
    const core = await import('onplatform/core');
    const matches = core.detectContactInfo('write to ana (at) mail (dot) co');
    if (matches[0]?.kind !== 'email') throw new Error('core did not find the email: ' + JSON.stringify(matches));
    const verdict = core.checkMessage('call +1 917 442 0188', { contractState: 'none' });
    if (verdict.decision !== 'block') throw new Error('checkMessage did not block: ' + verdict.decision);
    console.log('import("onplatform/core") in plain Node: ok (' + matches.length + ' match, decision ' + verdict.decision + ')');
  `;
  process.stdout.write(run('node', ['--input-type=module', '-e', script], project));
  // Each catalogue is its own entry (onplatform/locales/<tag>), importable without React or a DOM.
  const locales = `
    const tags = ${JSON.stringify(LOCALE_TAGS)};
    const { ALL_CATALOGUES } = await import('onplatform/locales/all');
    for (const tag of tags) {
      const module = await import('onplatform/locales/' + tag);
      const [catalogue] = Object.values(module);
      if (catalogue !== ALL_CATALOGUES[tag]) throw new Error('onplatform/locales/' + tag + ' is not the catalogue ALL_CATALOGUES lists');
      if (!catalogue.send || catalogue.send === 'Send') throw new Error('onplatform/locales/' + tag + ' has no translated "send"');
    }
    console.log('import("onplatform/locales/<tag>") for ' + tags.length + ' locales in plain Node: ok');
  `;
  process.stdout.write(run('node', ['--input-type=module', '-e', locales], project));
  // The tokens alone (onplatform/tokens.css), for design tools and pages that theme without the
  // components: every one of them is in styles.css too (which adds per-component variables).
  const tokensCss = readFileSync(join(project, 'node_modules/onplatform/dist/tokens.css'), 'utf8');
  const stylesCss = readFileSync(join(project, 'node_modules/onplatform/dist/styles.css'), 'utf8');
  const tokenNames = (css) => [...new Set(css.match(/--op-[a-z0-9-]+(?=:)/g))];
  const missingFromStyles = tokenNames(tokensCss).filter((name) => !tokenNames(stylesCss).includes(name));
  if (tokenNames(tokensCss).length < 20 || missingFromStyles.length) throw new Error(`dist/tokens.css: too few tokens, or tokens styles.css lacks: ${missingFromStyles.join(', ')}`);
  console.log(`onplatform/tokens.css ships ${tokenNames(tokensCss).length} tokens, all in styles.css too: ok`);
  // CommonJS callers (Jest setups, older servers): Node ≥ 20.19 can require() an ES module, but only
  // through an exports condition that require matches, hence `default` rather than `import`.
  const required = `
    const core = require('onplatform/core');
    if (core.checkMessage('call +1 917 442 0188', { contractState: 'none' }).decision !== 'block') throw new Error('require: checkMessage did not block');
    console.log("require('onplatform/core') on Node " + process.versions.node + ': ok');
  `;
  process.stdout.write(run('node', ['--input-type=commonjs', '-e', required], project));
  // Next.js and other React Server Component hosts: the React entry is a client module (it uses
  // context and state), the core entry and its shared chunk must not be one, or servers could not call it.
  const installed = join(project, 'node_modules/onplatform/dist');
  const directive = (file) => /^\s*(['"])use client\1;?/.test(readFileSync(join(installed, file), 'utf8'));
  const chunks = readdirSync(join(installed, 'chunks')).filter((name) => name.endsWith('.js')).map((name) => `chunks/${name}`);
  const localeFiles = [...LOCALE_TAGS, 'all'].map((tag) => `locales/${tag}.js`);
  const clientFiles = ['index.js', 'core.js', ...chunks, ...localeFiles].filter(directive);
  if (clientFiles.join() !== 'index.js') throw new Error(`"use client" should mark dist/index.js only, found on: ${clientFiles.join(', ') || 'none'}`);
  const reactInCore = ['core.js', ...chunks, ...localeFiles].filter((file) => /from ['"]react/.test(readFileSync(join(installed, file), 'utf8')));
  if (reactInCore.length) throw new Error(`the core entry's files import React: ${reactInCore.join(', ')}`);
  console.log(`"use client" on dist/index.js only (core.js, ${localeFiles.length} locale entries and ${chunks.length} shared chunk(s) without it, and without React): ok`);
  // Copied into the consumer so that `onplatform` resolves to the installed tarball.
  copyFileSync(join(import.meta.dirname, 'serverRenderComponents.mjs'), join(project, 'serverRenderComponents.mjs'));
  // The packed core finds and decides exactly what the source does on every corpus text: the
  // independent sets are scored with the built package.
  started = performance.now();
  copyFileSync(join(import.meta.dirname, 'corpusFindings.mjs'), join(project, 'corpusFindings.mjs'));
  const corpus = join(root, 'test/corpus');
  const fromSource = run('npx', ['tsx', 'scripts/corpusFindings.mjs', join(root, 'src/core/index.ts'), corpus]);
  const fromPackage = run('node', ['corpusFindings.mjs', 'onplatform/core', corpus], project);
  const differing = fromSource.split('\n').filter((line, index) => line !== fromPackage.split('\n')[index]);
  if (differing.length) throw new Error(`the packed core differs from the source on ${differing.length} corpus texts, e.g. ${differing.slice(0, 3).join(' | ')}`);
  console.log(`packed core = source on ${fromSource.trim().split('\n').length} corpus texts (findings and decisions): ok, ${elapsed(started)}`);
  started = performance.now();
  process.stdout.write(run('node', ['serverRenderComponents.mjs'], project));
  console.log(`server render with React ${react19.react}: ${elapsed(started)}`);
  started = performance.now();
  install(reactPackages(react18), project);
  process.stdout.write(run('node', ['serverRenderComponents.mjs'], project));
  console.log(`reinstall ${reactPackages(react18).join(' ')} + server render: ${elapsed(started)}`);
  process.stdout.write(run('npx', ['publint', '--strict'], root));
  process.stdout.write(run('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', './styles.css', './tokens.css', '--format', 'table-flipped'], root));
} finally {
  rmSync(project, { recursive: true, force: true });
  rmSync(packDir, { recursive: true, force: true });
}
