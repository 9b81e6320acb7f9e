import { readFileSync, readdirSync } from 'node:fs';
import { createDetector } from '../src/core/createDetector.js';
import { scoreMessage } from './eval/scoreCorpus.js';
const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const prefix = process.argv[2] ?? 'fee-';
const verbose = process.argv.includes('-v');
const dir = new URL('../test/corpus/dev/', import.meta.url).pathname;
let hit = 0, total = 0, honest = 0, flagged = 0, right = 0, findings = 0;
const byLang: Record<string, [number, number, number, number]> = {};
const byFam: Record<string, [number, number]> = {};
for (const f of readdirSync(dir).filter((f) => f.startsWith(prefix))) {
  const data = JSON.parse(readFileSync(dir + f, 'utf8'));
  for (const m of data.messages) {
    const { spanOutcomes, findingOutcomes, messageOutcome, matches } = scoreMessage(data.lang, m, detector);
    const l = (byLang[data.lang] ??= [0, 0, 0, 0]);
    for (const s of spanOutcomes) { total++; l[1]++; const fam = (byFam[s.family] ??= [0, 0]); fam[1]++; if (s.found) { hit++; l[0]++; fam[0]++; } else if (verbose) console.log('MISS', m.id, s.family, '|', m.text, '| got', matches.map((x) => x.kind + ':' + x.text).join(' ; ')); }
    for (const o of findingOutcomes) { findings++; if (o.right) right++; }
    if (m.find.length === 0) { honest++; l[3]++; if (messageOutcome.flagged) { flagged++; l[2]++; if (verbose) console.log('FP  ', m.id, m.honest, '|', m.text, '| got', matches.map((x) => x.kind + ':' + x.text).join(' ; ')); } }
  }
}
console.log(`recall ${(hit / total).toFixed(2)} (${hit}/${total})  precision ${(right / findings).toFixed(2)} (${right}/${findings})  honest flagged ${flagged}/${honest}`);
console.log(Object.entries(byFam).map(([k, v]) => `${k} ${v[0]}/${v[1]}`).join('  '));
console.log(Object.entries(byLang).map(([k, v]) => `${k} ${v[0]}/${v[1]} fp${v[2]}`).join('  '));
