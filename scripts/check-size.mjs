// Bundle budget: each entry bundled the way an app would (minified, with its dependencies, React
// and React DOM left out), then gzipped. Budgets only go down; raising one needs a written reason.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGETS = [
  // libphonenumber-js's parser with its metadata stripped of formatting rules is about 20 KB of this.
  { entry: 'src/core/index.ts', label: 'onplatform/core', limitKb: 50 },
  { entry: 'src/index.ts', label: 'onplatform (React entry + core)', limitKb: 80 },
];

let failed = false;
for (const { entry, label, limitKb } of BUDGETS) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/*'],
    logLevel: 'silent',
    metafile: true,
  });
  const code = result.outputFiles[0].contents;
  const gzipKb = gzipSync(code).length / 1024;
  const phoneMetadataCopies = Object.keys(result.metafile.inputs).filter((path) => /metadata\.(min|max|mobile|full)\.json|phoneMetadata\.json/.test(path)).length;
  const pass = gzipKb <= limitKb && phoneMetadataCopies <= 1;
  failed ||= !pass;
  console.log(
    `${pass ? 'ok  ' : 'FAIL'} ${label}: ${gzipKb.toFixed(1)} KB gzip (${(code.length / 1024).toFixed(1)} KB minified), budget ${limitKb} KB; phone metadata included ${phoneMetadataCopies}×`,
  );
}
if (failed) {
  console.error('Bundle budget exceeded (or phone metadata bundled twice): see scripts/check-size.mjs.');
  process.exit(1);
}
