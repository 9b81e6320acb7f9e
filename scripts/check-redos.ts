/**
 * ReDoS gate: every regular expression in `src/` is checked with recheck, none may be vulnerable.
 * Two sources, because neither alone sees everything:
 * - regex literals, found with the TypeScript scanner in every source file;
 * - patterns built at run time with `new RegExp(...)` (tables of phrases, platform names), caught by
 *   wrapping the constructor while detectors are created with every option filled in.
 * Proving a pattern safe can take seconds, so patterns already proven safe are remembered in
 * scripts/redos-safe.json (keyed by their exact source and flags, like a lockfile): only new or
 * changed patterns are analysed, and stale entries are dropped on every run.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';

interface Pattern {
  source: string;
  flags: string;
  where: string;
}

const root = join(import.meta.dirname, '..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function literalPatterns(): Pattern[] {
  const patterns: Pattern[] = [];
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.JSX, text);
    let previous = ts.SyntaxKind.Unknown;
    for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
      // A slash where an expression can start is a regex: re-scan it as one.
      if (token === ts.SyntaxKind.SlashToken || token === ts.SyntaxKind.SlashEqualsToken) {
        const expressionCanStart = ![
          ts.SyntaxKind.Identifier,
          ts.SyntaxKind.NumericLiteral,
          ts.SyntaxKind.StringLiteral,
          ts.SyntaxKind.CloseParenToken,
          ts.SyntaxKind.CloseBracketToken,
          ts.SyntaxKind.CloseBraceToken,
          ts.SyntaxKind.ThisKeyword,
        ].includes(previous);
        if (expressionCanStart) token = scanner.reScanSlashToken();
      }
      if (token === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = scanner.getTokenText();
        const lastSlash = literal.lastIndexOf('/');
        const line = text.slice(0, scanner.getTokenStart()).split('\n').length;
        patterns.push({
          source: literal.slice(1, lastSlash),
          flags: literal.slice(lastSlash + 1),
          where: `${relative(root, file)}:${line}`,
        });
      }
      if (token !== ts.SyntaxKind.WhitespaceTrivia && token !== ts.SyntaxKind.NewLineTrivia) previous = token;
    }
  }
  return patterns;
}

async function constructedPatterns(): Promise<Pattern[]> {
  const patterns: Pattern[] = [];
  const NativeRegExp = globalThis.RegExp;
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, args: [string | RegExp, string?]) {
      const regex = new target(...args);
      const stack = new Error().stack?.split('\n')[2]?.trim() ?? 'new RegExp';
      if (stack.includes('/src/')) patterns.push({ source: regex.source, flags: regex.flags, where: stack });
      return regex;
    },
  });
  try {
    const core = await import('../src/core/index');
    const detector = core.createDetector({
      defaultCountry: 'US',
      allowDomains: ['example-market.com'],
      platforms: [{ id: 'threema', names: ['threema'], hosts: ['threema.id'] }],
      paymentBrands: [{ id: 'mybank-pay', names: ['mybank pay'], hosts: ['pay.mybank.example'] }],
      intentPhrases: ['ping me on the other app'],
    });
    // Patterns built lazily on first use are caught too.
    detector.detect('mail ana (at) mail (dot) co, call +1 917 442 0188, wa.me/15551234567, pay me directly');
  } finally {
    globalThis.RegExp = NativeRegExp;
  }
  return patterns;
}

const all = [...literalPatterns(), ...(await constructedPatterns())];
const unique = new Map<string, Pattern>();
for (const pattern of all) unique.set(`${pattern.flags}/${pattern.source}`, pattern);

const cachePath = join(root, 'scripts/redos-safe.json');
const provenSafe = new Set<string>(existsSync(cachePath) ? (JSON.parse(readFileSync(cachePath, 'utf8')) as string[]) : []);
const stillSafe: string[] = [];
let analysed = 0;

const failures: string[] = [];
const shown = (source: string) => (source.length > 160 ? `${source.slice(0, 160)}…` : source);
for (const [key, pattern] of unique) {
  if (provenSafe.has(key)) {
    stillSafe.push(key);
    continue;
  }
  analysed += 1;
  // A sticky (y) regex only ever tries the position it is given: analyse it anchored, as it runs.
  // The fuzzer gets a fixed seed so the gate gives the same answer on every machine.
  const source = pattern.flags.includes('y') ? `^(?:${pattern.source})` : pattern.source;
  const result = checkSync(source, pattern.flags.replace(/[dgy]/g, ''), { timeout: 20_000, randomSeed: 20261128 });
  if (result.status === 'safe') stillSafe.push(key);
  if (result.status === 'vulnerable') {
    failures.push(`${pattern.where}: /${shown(pattern.source)}/${pattern.flags} is vulnerable (${result.complexity.summary}); attack: ${result.attack.pattern}`);
  } else if (result.status === 'unknown') {
    failures.push(`${pattern.where}: /${shown(pattern.source)}/${pattern.flags} could not be proven safe (${result.error.kind}); simplify it`);
  }
}

writeFileSync(cachePath, `${JSON.stringify(stillSafe.sort(), null, 1)}\n`);
console.log(
  `ReDoS check: ${unique.size} distinct regular expressions (${all.length} occurrences) in src/, ${analysed} analysed now, ` +
    `${unique.size - analysed} proven safe before; ${failures.length} problem(s).`,
);
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
