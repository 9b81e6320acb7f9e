// The API reference in docs/ is generated from the sources' types and JSDoc by TypeDoc
// (`npm run docs`). This regenerates it into a scratch folder and fails when docs/ differs, so a
// changed option, type or comment cannot land without its reference.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const committed = join(root, 'docs');
const fresh = mkdtempSync(join(tmpdir(), 'onplatform-docs-'));
const files = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
try {
  execFileSync('npx', ['typedoc', '--out', fresh, '--logLevel', 'Error'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  const want = files(fresh);
  const have = files(committed);
  const stale = [
    ...want.filter((file) => !have.includes(file)).map((file) => `missing: docs/${file}`),
    ...have.filter((file) => !want.includes(file)).map((file) => `no longer generated: docs/${file}`),
    ...want
      .filter((file) => have.includes(file) && !readFileSync(join(fresh, file)).equals(readFileSync(join(committed, file))))
      .map((file) => `out of date: docs/${file}`),
  ];
  if (stale.length) {
    console.error(`${stale.slice(0, 20).join('\n')}${stale.length > 20 ? `\n… and ${stale.length - 20} more` : ''}`);
    console.error('The API reference in docs/ is stale: run `npm run docs` and commit the result.');
    process.exitCode = 1;
  } else {
    console.log(`docs/: ${want.length} files, up to date with the sources`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
