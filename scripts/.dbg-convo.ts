import { readFileSync, readdirSync } from 'node:fs';
import { createDetector } from '/work/wt/convo/src/core/createDetector.js';
import { checkMessage } from '/work/wt/convo/src/core/policy/checkMessage.js';
const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const filter = process.argv[2] ?? 'convo-';
const dir = '/work/wt/convo/test/corpus/dev/';
for (const file of readdirSync(dir).filter((f) => f.includes(filter))) {
  const data = JSON.parse(readFileSync(dir + file, 'utf8'));
  for (const c of data.conversations ?? []) {
    const state = c.state ?? 'none';
    const check = (i: number) => {
      const m = c.messages[i];
      const history = c.messages.slice(0, i).filter((e: any) => e.from === m.from).map((e: any) => e.text);
      return checkMessage(m.text, { contractState: state, detector, history }).matches;
    };
    if (c.find.length === 0) {
      c.messages.forEach((m: any, i: number) => { const ms = check(i); if (ms.length) console.log('FP', c.id, JSON.stringify(m.text), ms.map((x: any) => `${x.kind}:${x.text}`)); });
    } else for (const f of c.find) {
      const ms = check(f.at);
      if (!ms.some((x: any) => x.kind === f.kind)) console.log('MISS', c.id, f.kind, JSON.stringify(c.messages.slice(0, f.at + 1).map((m: any) => m.text).join(' | ')), '=>', ms.map((x: any) => `${x.kind}:${x.text}`));
    }
  }
}
