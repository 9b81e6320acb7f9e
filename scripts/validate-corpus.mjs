// Checks the corpus files against test/corpus/FORMAT.md: shapes, ids, kinds, families, and that
// every labelled span occurs in its message. Usage: node scripts/validate-corpus.mjs [file...]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../test/corpus/', import.meta.url).pathname;
const FORMAT = readFileSync(join(ROOT, 'FORMAT.md'), 'utf8');
const section = (heading) => FORMAT.split(`## ${heading}`)[1].split('\n## ')[0];
const RECALL_FAMILIES = new Set([...section('Recall families').matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]));
const HONEST_FAMILIES = new Set([...section('Precision families').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]).filter((f) => !f.includes('.')));
const KINDS = new Set(['email', 'phone', 'url', 'social', 'meeting', 'payment', 'intent']);
const STATES = new Set(['none', 'pending', 'active', 'ended']);
const CONTEXTS = new Set(['freelance', 'rentals', 'local-services', 'tutoring', 'resale', 'gigs']);
const LANGS = new Set('en es pt fr de it ru pl tr ar hi hi-Latn bn ur id tl vi zh ja'.split(' '));

export function corpusFiles(part) {
  const parts = part ? [part] : ['holdout', 'dev'];
  return parts.flatMap((p) => (existsSync(join(ROOT, p)) ? readdirSync(join(ROOT, p)) : []).filter((f) => f.endsWith('.json')).map((f) => join(ROOT, p, f)));
}

/** The index of the nth (1-based) occurrence of `needle` in `text`, or -1. */
export function nthIndexOf(text, needle, nth = 1) {
  let at = -1;
  for (let i = 0; i < nth; i += 1) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) return -1;
  }
  return at;
}

export function validateFile(file) {
  const errors = [];
  const part = file.includes('/holdout/') ? 'h' : 'd';
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return [`${file}: not JSON: ${error.message}`];
  }
  if (!LANGS.has(data.lang)) errors.push(`${file}: unknown lang ${data.lang}`);
  const ids = new Set();
  const checkCommon = (entry, where) => {
    if (typeof entry.id !== 'string' || !entry.id.startsWith(`${data.lang}-${part}-`)) errors.push(`${where}: id must start with ${data.lang}-${part}-`);
    if (ids.has(entry.id)) errors.push(`${where}: duplicate id`);
    ids.add(entry.id);
    if (!CONTEXTS.has(entry.context)) errors.push(`${where}: unknown context ${entry.context}`);
    if (entry.state !== undefined && !STATES.has(entry.state)) errors.push(`${where}: unknown state ${entry.state}`);
    if (!Array.isArray(entry.find)) errors.push(`${where}: find must be an array`);
  };
  for (const message of data.messages ?? []) {
    const where = `${file} ${message.id}`;
    checkCommon(message, where);
    if (typeof message.text !== 'string' || message.text.length === 0) errors.push(`${where}: empty text`);
    for (const span of message.find ?? []) {
      if (!KINDS.has(span.kind)) errors.push(`${where}: unknown kind ${span.kind}`);
      if (!RECALL_FAMILIES.has(span.family) || span.family === 'split-over-messages') errors.push(`${where}: unknown family ${span.family}`);
      if (typeof span.text !== 'string' || span.text.length === 0 || nthIndexOf(message.text, span.text, span.nth ?? 1) === -1) {
        errors.push(`${where}: span text ${JSON.stringify(span.text)} not in the message`);
      }
      for (const kind of span.also ?? []) if (!KINDS.has(kind)) errors.push(`${where}: unknown also kind ${kind}`);
    }
    if ((message.find ?? []).length === 0 && !HONEST_FAMILIES.has(message.honest)) errors.push(`${where}: honest family ${message.honest} unknown`);
    if ((message.find ?? []).length > 0 && message.honest !== undefined) errors.push(`${where}: honest only on messages with find: []`);
  }
  for (const conversation of data.conversations ?? []) {
    const where = `${file} ${conversation.id}`;
    checkCommon(conversation, where);
    if (!Array.isArray(conversation.messages) || conversation.messages.length < 2) errors.push(`${where}: needs 2+ messages`);
    for (const span of conversation.find ?? []) {
      if (!KINDS.has(span.kind)) errors.push(`${where}: unknown kind ${span.kind}`);
      if (!Number.isInteger(span.at) || span.at < 0 || span.at >= (conversation.messages ?? []).length) errors.push(`${where}: bad at ${span.at}`);
    }
  }
  return errors;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : corpusFiles();
  const errors = files.flatMap(validateFile);
  for (const error of errors) console.error(error);
  let messages = 0;
  let conversations = 0;
  for (const file of files) {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    messages += data.messages?.length ?? 0;
    conversations += data.conversations?.length ?? 0;
  }
  console.log(`${files.length} files, ${messages} messages, ${conversations} conversations, ${errors.length} errors`);
  process.exit(errors.length ? 1 : 0);
}
