/**
 * `npx tsx bench/compareDetectors.ts <old src/core directory> [--every n]`: proof that a speed change left
 * detection alone. Runs the same texts through an older copy of the detector (e.g. `git archive`
 * of main at the branch point, unpacked beside a `node_modules` link) and through this one, and
 * compares every `detect()` result with its offsets. This one is fed the texts in the order a
 * composer would (every prefix of a message as typed, then edits anywhere in it), so whatever it
 * remembers between calls is exercised; the old one reads each text as given.
 *
 * Texts: every dev corpus message (and conversation message), every typed prefix of each, random
 * edits of each (seeded), and the pathological inputs with edits at their start, middle and end.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDetector } from '../src/core/index';
import type { ContactMatch, Detector, DetectorOptions } from '../src/core/index';
import { PATHOLOGICAL_SHAPES } from '../test/fixtures/pathologicalInputs';

const oldCore = process.argv[2];
if (!oldCore) {
  console.error('usage: tsx bench/compareDetectors.ts <old src/core directory>');
  process.exit(2);
}
const old = (await import(pathToFileURL(resolve(oldCore, 'index.ts')).href)) as { createDetector: (options?: DetectorOptions) => Detector };

const corpusDir = join(import.meta.dirname, '../test/corpus/dev');
const messages: string[] = [];
for (const file of readdirSync(corpusDir).filter((name) => name.endsWith('.json'))) {
  const data = JSON.parse(readFileSync(join(corpusDir, file), 'utf8')) as {
    messages?: Array<{ text: string }>;
    conversations?: Array<{ messages: Array<{ text: string }> }>;
  };
  for (const message of data.messages ?? []) messages.push(message.text);
  for (const conversation of data.conversations ?? []) for (const message of conversation.messages) messages.push(message.text);
}

// Seeded, so a difference can be replayed.
let state = 0x2545f491;
const random = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 4_294_967_296;
};
const EDIT_CHARACTERS = ' a@.1(at)0@ dot ,?\n';
/** One edit at a random place: a character typed, a character deleted, or a few replaced. */
function edit(text: string): string {
  const at = Math.floor(random() * (text.length + 1));
  const roll = random();
  if (roll < 0.4) return text.slice(0, at) + EDIT_CHARACTERS[Math.floor(random() * EDIT_CHARACTERS.length)]! + text.slice(at);
  if (roll < 0.7) return text.slice(0, Math.max(0, at - 1)) + text.slice(at);
  const pasted = messages[Math.floor(random() * messages.length)]!.slice(0, 12);
  return text.slice(0, at) + pasted + text.slice(at + Math.floor(random() * 4));
}

const key = (matches: ContactMatch[]) => JSON.stringify(matches);
let compared = 0;
const differences: string[] = [];

function compare(label: string, options: DetectorOptions | undefined, sequences: Iterable<string[]>): void {
  const before = old.createDetector(options);
  const after = createDetector(options);
  const began = performance.now();
  for (const sequence of sequences) {
    for (const text of sequence) {
      compared += 1;
      const expected = key(before.detect(text));
      const actual = key(after.detect(text));
      if (expected !== actual && differences.length < 20) differences.push(`${label}: ${JSON.stringify(text)}\n  old ${expected}\n  new ${actual}`);
    }
  }
  console.log(`${label}: ${compared.toLocaleString('en')} texts so far (${((performance.now() - began) / 1000).toFixed(0)} s)`);
}

/** Every prefix as typed, then edits anywhere, then the whole message again. */
function* typedThenEdited(texts: readonly string[], edits: number): Generator<string[]> {
  for (const text of texts) {
    const sequence: string[] = [];
    for (let length = 1; length <= text.length; length += 1) sequence.push(text.slice(0, length));
    let edited = text;
    for (let step = 0; step < edits; step += 1) sequence.push((edited = edit(edited)));
    sequence.push(text);
    yield sequence;
  }
}

const began = performance.now();
// `--every n` types one message in n (the others are read whole, one after another): a full run
// is about a million texts, minutes on an idle machine.
const every = Math.max(1, Number(process.argv[process.argv.indexOf('--every') + 1]) || 1);
const sampled = (offset: number) => messages.filter((_, index) => index % every === offset % every);
compare('whole', undefined, [messages]);
compare('typed', undefined, typedThenEdited(sampled(0), 8));
// Options that change readings: another default country, fewer kinds, obfuscation stages off.
compare('BR', { defaultCountry: 'BR' }, typedThenEdited(sampled(1).filter((_, index) => index % 4 === 0), 2));
compare('no obfuscation', { obfuscation: { spelledSymbols: false, unicode: false } }, typedThenEdited(sampled(1).filter((_, index) => index % 4 === 1), 2));
compare('email and url', { kinds: ['email', 'url'] }, typedThenEdited(sampled(1).filter((_, index) => index % 4 === 2), 2));
// Pathological inputs: whole, then edited at the start, middle and end (long, so the limit is lifted).
compare('pathological', { maxLength: 10_000_000 }, [
  PATHOLOGICAL_SHAPES.flatMap(({ make }) => {
    const text = make(1);
    const middle = text.length >> 1;
    return [text, `${text}x`, `${text}x@`, text.slice(0, middle) + ' at ' + text.slice(middle), `a${text}`, text.slice(1)];
  }),
]);

const seconds = ((performance.now() - began) / 1000).toFixed(0);
if (differences.length > 0) {
  console.log(differences.join('\n'));
  console.log(`DIFFERENT: ${differences.length}${differences.length === 20 ? '+' : ''} of ${compared.toLocaleString('en')} texts (${seconds} s)`);
  process.exit(1);
}
console.log(`identical on ${compared.toLocaleString('en')} texts (${seconds} s)`);
