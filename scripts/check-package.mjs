// Package correctness: build, pack, install the tarball into a fresh project, then import the
// core in plain Node (no DOM) through the package's own exports, and lint the package.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, stdio: 'pipe', encoding: 'utf8' });

run('npm', ['run', 'build']);
const packDir = mkdtempSync(join(tmpdir(), 'onplatform-pack-'));
run('npm', ['pack', '--pack-destination', packDir, '--silent']);
const tarball = join(packDir, readdirSync(packDir).find((name) => name.endsWith('.tgz')));

const project = mkdtempSync(join(tmpdir(), 'onplatform-consumer-'));
try {
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // The consumer gets the runtime dependencies from the same registry the project uses.
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball], project);
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
  process.stdout.write(run('npx', ['publint', '--strict'], root));
  process.stdout.write(run('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--exclude-entrypoints', './styles.css', '--format', 'table-flipped'], root));
} finally {
  rmSync(project, { recursive: true, force: true });
  rmSync(packDir, { recursive: true, force: true });
}
