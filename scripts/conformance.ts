/**
 * `npm run conformance`: runs the labelled strings of other open-source detectors' suites
 * (test/fixtures/peer-cases) through our detector and prints recall and false positives per file
 * and per kind. Fails when the totals fall below scripts/conformance-floor.json.
 * Flags: --file <substring>, --kind <kind>, --verbose, --json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDetector } from '../src/core/index';
import type { ContactKind, Detector } from '../src/core/types';
import { type CaseScore, messageOutcome, type PeerFile, scoreCase } from './conformance/score';

const TARGET = { minRecall: 97, maxFalsePositivesPer100: 1 };
const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'test/fixtures/peer-cases');
const floor = JSON.parse(readFileSync(join(import.meta.dirname, 'conformance-floor.json'), 'utf8')) as {
  minRecall: number;
  maxFalsePositivesPer100: number;
};
const knownDifferences = new Map(
  (
    JSON.parse(readFileSync(join(root, 'test/fixtures/conformance-known-differences.json'), 'utf8')) as Array<{
      id: string;
      reason: string;
    }>
  ).map((entry) => [entry.id, entry.reason]),
);

const args = process.argv.slice(2);
const flag = (name: string) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const fileFilter = flag('--file');
const kindFilter = flag('--kind') as ContactKind | undefined;
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');

const detectors = new Map<string, Detector>();
const detectorFor = (country: string | null | undefined) => {
  const key = country && country !== 'XX' ? country : '';
  let detector = detectors.get(key);
  if (!detector) {
    detector = createDetector(key ? { defaultCountry: key } : {});
    detectors.set(key, detector);
  }
  return detector;
};

interface Totals {
  cases: number;
  expected: number;
  found: number;
  exact: number;
  falsePositives: number;
}
const emptyTotals = (): Totals => ({ cases: 0, expected: 0, found: 0, exact: 0, falsePositives: 0 });
const add = (totals: Totals, score: CaseScore) => {
  totals.cases += 1;
  totals.expected += score.expected;
  totals.found += score.found;
  totals.exact += score.exact;
  totals.falsePositives += score.falsePositives.length;
};
const percent = (part: number, whole: number) => (whole === 0 ? 100 : (100 * part) / whole);
const row = (name: string, totals: Totals) =>
  `${name.padEnd(34)} ${String(totals.cases).padStart(5)} ${String(totals.expected).padStart(6)} ${String(totals.found).padStart(6)} ${percent(totals.found, totals.expected).toFixed(1).padStart(7)}% ${percent(totals.exact, totals.expected).toFixed(1).padStart(7)}% ${String(totals.falsePositives).padStart(4)} ${percent(totals.falsePositives, totals.cases).toFixed(2).padStart(8)}`;

const overall = emptyTotals();
const ambiguousTotals = emptyTotals();
const perKind = new Map<ContactKind, Totals>();
const perFile: Array<[string, Totals]> = [];
const details: string[] = [];
const skippedAsKnown: string[] = [];
const messages = { positive: 0, flagged: 0, both: 0 };

for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.json')).sort()) {
  if (fileFilter && !name.includes(fileFilter)) continue;
  const file = JSON.parse(readFileSync(join(fixtures, name), 'utf8')) as PeerFile;
  const totals = emptyTotals();
  for (const peerCase of file.cases) {
    if (kindFilter) {
      const scope: string[] = (peerCase.scope ?? file.scope).map((kind) => (['crypto', 'iban', 'card'].includes(kind) ? 'payment' : kind));
      if (!scope.includes(kindFilter)) continue;
    }
    // Their "url" is any link: our social / meeting / payment links (wa.me/…, zoom.us/j/…) count as url.
    let matches = detectorFor(peerCase.defaultCountry)
      .detect(peerCase.text)
      .map((match) => (match.value?.startsWith('http') && match.kind !== 'url' && match.kind !== 'email' ? { ...match, kind: 'url' as const } : match));
    if (kindFilter) matches = matches.filter((match) => match.kind === kindFilter);
    const expectations = kindFilter
      ? peerCase.expect.filter((e) => (['crypto', 'iban', 'card'].includes(e.kind) ? 'payment' : e.kind) === kindFilter)
      : peerCase.expect;
    const score = scoreCase({ ...peerCase, expect: expectations }, file.scope, matches);
    const known = knownDifferences.get(peerCase.id);
    if (known !== undefined) {
      skippedAsKnown.push(`${peerCase.id}: ${known}`);
      continue;
    }
    if (peerCase.ambiguous) {
      add(ambiguousTotals, score);
      continue;
    }
    add(totals, score);
    const outcome = messageOutcome(score);
    if (outcome.positive) messages.positive += 1;
    if (outcome.flagged) messages.flagged += 1;
    if (outcome.positive && outcome.flagged) messages.both += 1;
    for (const [kind, entry] of score.byKind) {
      const kindTotals = perKind.get(kind) ?? emptyTotals();
      kindTotals.expected += entry.expected;
      kindTotals.found += entry.found;
      kindTotals.falsePositives += entry.falsePositives;
      perKind.set(kind, kindTotals);
    }
    if (verbose) {
      const foundText = matches.map((match) => `${match.kind} ${JSON.stringify(match.text)}`).join(', ') || 'nothing';
      for (const miss of score.missed) details.push(`MISS ${peerCase.id} expected ${miss.kind} ${JSON.stringify(miss.match)}, found ${foundText} in ${JSON.stringify(peerCase.text.slice(0, 160))}`);
      for (const match of score.falsePositives) details.push(`FP   ${peerCase.id} ${match.kind} ${JSON.stringify(match.text)} in ${JSON.stringify(peerCase.text.slice(0, 160))}`);
    }
  }
  perFile.push([name.replace(/\.json$/, ''), totals]);
  overall.cases += totals.cases;
  overall.expected += totals.expected;
  overall.found += totals.found;
  overall.exact += totals.exact;
  overall.falsePositives += totals.falsePositives;
}

const recall = percent(overall.found, overall.expected);
const falsePositivesPer100 = percent(overall.falsePositives, overall.cases);
const messageLevel = {
  ...messages,
  recall: percent(messages.both, messages.positive),
  precision: percent(messages.both, messages.flagged),
};

if (asJson) {
  console.log(JSON.stringify({ overall, recall, falsePositivesPer100, perFile: Object.fromEntries(perFile), perKind: Object.fromEntries(perKind), ambiguous: ambiguousTotals, messageLevel }, null, 2));
} else {
  console.log(`${'file'.padEnd(34)} ${'cases'.padStart(5)} ${'spans'.padStart(6)} ${'found'.padStart(6)} ${'recall'.padStart(8)} ${'exact'.padStart(8)} ${'FP'.padStart(4)} ${'FP/100'.padStart(8)}`);
  for (const [name, totals] of perFile) console.log(row(name, totals));
  console.log(row('TOTAL (ambiguous excluded)', overall));
  console.log('\nper kind:');
  for (const [kind, totals] of [...perKind].sort()) {
    console.log(`  ${kind.padEnd(8)} spans ${totals.expected}, found ${totals.found} (${percent(totals.found, totals.expected).toFixed(1)}%), false positives ${totals.falsePositives}`);
  }
  console.log(
    `\nmessage level ("any contact found", what the UI acts on): recall ${messageLevel.recall.toFixed(1)}% of ${messages.positive} messages with contacts, precision ${messageLevel.precision.toFixed(1)}% of ${messages.flagged} flagged`,
  );
  console.log(`\nambiguous cases (reported, not gated): ${ambiguousTotals.cases} cases, ${ambiguousTotals.found}/${ambiguousTotals.expected} spans found, ${ambiguousTotals.falsePositives} extra findings`);
  console.log(`known differences (listed, not gated): ${skippedAsKnown.length}`);
  for (const line of skippedAsKnown) console.log(`  - ${line}`);
  if (details.length > 0) console.log(`\n${details.join('\n')}`);
}

const fullRun = !fileFilter && !kindFilter;
console.log(
  `\nconformance: recall ${recall.toFixed(1)}%, ${falsePositivesPer100.toFixed(2)} false positives per 100 cases (floor: ≥${floor.minRecall}% and ≤${floor.maxFalsePositivesPer100}; project target: ≥${TARGET.minRecall}% and ≤${TARGET.maxFalsePositivesPer100})`,
);
if (fullRun && (recall < floor.minRecall || falsePositivesPer100 > floor.maxFalsePositivesPer100)) {
  console.error('conformance: below the floor in scripts/conformance-floor.json — the detector regressed.');
  process.exit(1);
}
