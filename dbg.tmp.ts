import { findChannelTerms } from './src/core/intent/channelTerms.js';
import { findClauseIntents } from './src/core/intent/findClauseIntents.js';
import { createDetector } from './src/core/createDetector.js';
const d = createDetector();
for (const t of process.argv.slice(2)) {
  const hits = findChannelTerms(t);
  console.log(t, '\n  ', hits.map((h) => `${t.slice(h.from, h.to)}:${h.slot}`).join(' | '));
  console.log('   clause:', findClauseIntents(t, hits).map((i) => t.slice(i.from, i.to)), ' detect:', d.detect(t).map((m) => `${m.kind}:${m.text}`));
}
