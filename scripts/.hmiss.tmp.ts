import { createDetector } from '../src/core/createDetector.js';
import { loadCorpus } from './eval/loadCorpus.js';
import { scoreMessage, scoreConversation } from './eval/scoreCorpus.js';
const detector = createDetector({ allowDomains: ['ourmarket.example'] });
const what = process.argv[2] ?? 'all';
for (const file of loadCorpus('holdout')) {
  for (const m of file.messages) {
    const s = scoreMessage(file.lang, m, detector);
    const o = s.messageOutcome;
    const pay = o.expectedKinds.includes('payment');
    const found = s.matches.map((x) => `${x.kind}:${x.text}`).join(' | ');
    if ((what === 'all' || what === 'lt') && pay && o.decision !== 'block') console.log(`LT ${o.state} ${m.id} [${o.families.join(',')}] ${m.text}  => ${found}`);
    if ((what === 'all' || what === 'wb') && (o.state === 'active' || o.state === 'ended') && o.expected !== 'block' && o.decision === 'block') console.log(`WB ${o.state} ${m.id} [${o.honest ?? o.families.join(',')}] ${m.text}  => ${found}`);
    if ((what === 'all' || what === 'hf') && m.find.length === 0 && s.matches.length) console.log(`HF ${o.state} ${m.id} [${m.honest}] ${m.text}  => ${found}`);
    if (what === 'miss') for (const sp of s.spanOutcomes) if (!sp.found) console.log(`MISS ${sp.kind}×${sp.family} ${m.id} «${sp.text}» as[${sp.reportedAs}] :: ${m.text}`);
  }
  if (what === 'conv') for (const c of file.conversations) { const r = scoreConversation(file.lang, c, detector); if (r.honest ? r.results[0] : r.results.some(x=>!x)) console.log(`CONV ${c.id} honest=${r.honest} ${JSON.stringify(r.results)}`); }
}
