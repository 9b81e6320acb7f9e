import { buildPaymentCues, CUE } from './src/core/payment/paymentCues.ts';
import { createDetector } from './src/core/createDetector.ts';
const trie = buildPaymentCues([], []);
const names = Object.entries(CUE);
const d = createDetector({ allowDomains: ['ourmarket.example'] });
for (const t of process.argv.slice(2)) {
  console.log(t);
  for (const h of trie.find(t)) console.log('   ', JSON.stringify(t.slice(h.from, h.to)), names.filter(([, b]) => h.tags & b).map(([n]) => n).join(','), h.label ?? '');
  for (const m of d.detect(t)) console.log('  =>', m.kind, JSON.stringify(m.text), m.platform ?? '', m.detailKind ?? '');
}
