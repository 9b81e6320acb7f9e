// Bundle budget: each import bundled the way an app would (minified, with its dependencies, React
// and React DOM left out), then gzipped at level 9 (as size-limit's gzip does). Budgets only go
// down; raising one needs a written reason. Smaller imports check tree-shaking: what an app
// doesn't import (a kind, a component, the phone metadata) must not reach its bundle.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const PHONE_METADATA = /metadata\.(min|max|mobile|full)\.json|phoneMetadata\.json/;

const CHECKS = [
  {
    label: 'onplatform/core (everything)',
    source: "export * from './src/core/index.ts'",
    limitKb: 51,
    // Was raised to 55 KB, then brought back under 50 KB; +1 KB for the detector speed work
    // (issue 11: typed-array offset maps, table-driven triggers, caches): see "Bundle size" in README.md.
  },
  {
    label: 'onplatform (React entry + core)',
    source: "export * from './src/index.ts'",
    limitKb: 81,
    // Core ≈50.3 KB plus the React side ≈29.7 KB, within the 30 KB it was given (+1 KB with core's, issue 11).
  },
  {
    label: 'core, email + url detection only',
    source: "export { composeDetector, createEmailRecognizer, createUrlRecognizer, createMessageChecker } from './src/core/index.ts'",
    limitKb: 10,
    absent: [PHONE_METADATA, /libphonenumber-js/, /cryptoAddress/, /intentPhrases/, /paymentRecognizer/],
  },
  {
    label: 'core, policy only',
    source: "export { evaluatePolicy, DEFAULT_POLICY, statesAllowing } from './src/core/index.ts'",
    limitKb: 1.5,
    absent: [PHONE_METADATA, /recognizers\//],
  },
  {
    label: 'PolicyWarningBanner only',
    source: "export { PolicyWarningBanner } from './src/index.ts'",
    limitKb: 24,
    absent: [PHONE_METADATA, /MessageComposer/, /ReportButton/, /react-dialog/],
  },
];

let failed = false;
for (const { label, source, limitKb, absent = [] } of CHECKS) {
  const result = await build({
    stdin: { contents: source, resolveDir: import.meta.dirname + '/..', loader: 'ts' },
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
  const gzipKb = gzipSync(code, { level: 9 }).length / 1024;
  const included = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  const phoneMetadataCopies = included.filter((path) => PHONE_METADATA.test(path)).length;
  const leaked = absent.flatMap((pattern) => included.filter((path) => pattern.test(path)));
  const problems = [
    gzipKb > limitKb && `over budget`,
    phoneMetadataCopies > 1 && `phone metadata bundled ${phoneMetadataCopies}×`,
    leaked.length > 0 && `should have been tree-shaken: ${leaked.join(', ')}`,
  ].filter(Boolean);
  failed ||= problems.length > 0;
  console.log(
    `${problems.length ? 'FAIL' : 'ok  '} ${label}: ${gzipKb.toFixed(1)} KB gzip (${(code.length / 1024).toFixed(1)} KB minified), budget ${limitKb} KB` +
      `${phoneMetadataCopies ? ', phone metadata included once' : ''}${problems.length ? ` — ${problems.join('; ')}` : ''}`,
  );
}
if (failed) {
  console.error('Bundle budget exceeded, or something an import does not need reached its bundle: see scripts/check-size.mjs.');
  process.exit(1);
}
