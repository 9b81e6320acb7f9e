import { buildPaymentCues, CUE } from '../src/core/payment/paymentCues.js';
import { createDetector } from '../src/core/createDetector.js';
const trie = buildPaymentCues([], []);
const d = createDetector({ allowDomains: ['ourmarket.example'] });
for (const text of process.argv.slice(2)) {
  const hits = trie.find(text);
  console.log('>>', text);
  for (const h of hits) console.log('   ', JSON.stringify(text.slice(h.from, h.to)), Object.entries(CUE).filter(([, b]) => h.tags & b).map(([k]) => k).join(','), h.label ?? '');
  console.log('  =>', d.detect(text).map((m) => `${m.kind}:${m.text}`).join(' ; '));
}
