// Every corpus message and conversation turn through one build of the core: what it finds (kind and
// offsets) and what checkMessage decides in the message's contract state. check-package runs it on the
// source and on the packed tarball and requires the same output: the independent sets are scored with
// the built package, so a minifier or bundler change that alters detection must fail here.
//
//   node corpusFindings.mjs <core module: a path or 'onplatform/core'> <corpus dir>   → JSON on stdout
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [coreModule, corpusDir] = process.argv.slice(2);
const core = await import(coreModule.startsWith('/') ? pathToFileURL(coreModule).href : coreModule);
const detector = core.createDetector({ allowDomains: ['ourmarket.example'] });
const found = (text) => detector.detect(text).map((match) => `${match.kind}@${match.start}-${match.end}`).join(' ');

const lines = [];
for (const part of ['dev', 'holdout']) {
  for (const file of readdirSync(join(corpusDir, part)).filter((name) => name.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(corpusDir, part, file), 'utf8'));
    for (const message of data.messages ?? []) {
      const contractState = message.state ?? 'none';
      lines.push(`${message.id}\t${found(message.text)}\t${core.checkMessage(message.text, { contractState, detector }).decision}`);
    }
    for (const conversation of data.conversations ?? []) {
      const contractState = conversation.state ?? 'none';
      conversation.messages.forEach((message, index) => {
        const history = conversation.messages.slice(0, index).filter((earlier) => earlier.from === message.from).map((earlier) => earlier.text);
        lines.push(`${conversation.id}#${index}\t${core.checkMessage(message.text, { contractState, detector, history }).decision}`);
      });
    }
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
