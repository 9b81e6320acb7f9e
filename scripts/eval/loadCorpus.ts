import { readFileSync } from 'node:fs';
// The validator is plain JavaScript so corpus writers can run it without a build.
// @ts-expect-error: no declaration file for the .mjs validator
import { corpusFiles, nthIndexOf, validateFile } from '../validate-corpus.mjs';
import type { ContractState } from '../../src/core/policy/policyTypes.js';
import type { ContactKind } from '../../src/core/types.js';

export type CorpusPart = 'holdout' | 'dev';

export interface CorpusSpan {
  kind: ContactKind;
  family: string;
  text: string;
  nth?: number;
  also?: ContactKind[];
}

export interface CorpusMessage {
  id: string;
  context: string;
  state?: ContractState;
  text: string;
  find: CorpusSpan[];
  honest?: string;
}

export interface CorpusConversation {
  id: string;
  context: string;
  state?: ContractState;
  messages: { from: string; text: string }[];
  find: { at: number; kind: ContactKind; family: string }[];
}

export interface CorpusFile {
  lang: string;
  messages: CorpusMessage[];
  conversations: CorpusConversation[];
}

/** The sets of the corpus, by who wrote them: `blind`, `blind3`, `blind4` and `blind5` were written by four writers who never saw the detector. */
export const CORPUS_SETS = ['first', 'blind', 'blind3', 'blind4', 'blind5'] as const;
export type CorpusSet = (typeof CORPUS_SETS)[number];

const BLIND_FILE = /(?:^|\/)(blind\d*)-[^/]*\.json$/;
const setOf = (file: string): CorpusSet => {
  const name = BLIND_FILE.exec(file)?.[1];
  return CORPUS_SETS.find((set) => set === name) ?? 'first';
};

/**
 * Every file of a part, validated: a malformed corpus stops the run instead of skewing figures.
 * `set` picks the files by name: `blind` for blind-*.json, `blindN` for blindN-*.json, `first` for the others.
 */
export function loadCorpus(part: CorpusPart, set?: CorpusSet): CorpusFile[] {
  const files: string[] = (corpusFiles(part) as string[]).filter((file) => set === undefined || setOf(file) === set);
  const errors: string[] = files.flatMap((file) => validateFile(file));
  if (errors.length > 0) throw new Error(`corpus: ${errors.length} errors\n${errors.slice(0, 20).join('\n')}`);
  return files.map((file) => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as CorpusFile;
    return { lang: data.lang, messages: data.messages ?? [], conversations: data.conversations ?? [] };
  });
}

export function locateSpan(text: string, span: CorpusSpan): { start: number; end: number } {
  const start: number = nthIndexOf(text, span.text, span.nth ?? 1);
  return { start, end: start + span.text.length };
}
