import { NUMBER_WORDS, type NumberWords } from '../lexicon/numberWords.js';

/** What a number word does to the number being read. */
export type MorphemeKind =
  | 'digit' // 0–9
  | 'pair' // 10–99 in one word: teens, Hindi "ikkis"
  | 'tens' // 10–90, a units word may follow
  | 'hundreds' // 100–900 in one word
  | 'times' // multiplies the digit before it: hundred, puluh, vingt
  | 'plusTen' // Indonesian "belas"
  | 'repeat' // double, triple
  | 'connector'; // and, then

export interface Morpheme {
  kind: MorphemeKind;
  value: number;
  /** Counts only beside another number word (homophones, everyday words). */
  weak: boolean;
  /** A homophone ("to", "for"): never read between typed digits ("1120 to 1205"). */
  homophone?: boolean;
  /** Tens after this connector add to the units before it ("neun und fünfzig"). */
  unitsFirst?: boolean;
  /** A tens word a teen may follow (French "soixante-dix"). */
  takesTeen?: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  morpheme?: Morpheme;
}

const root: TrieNode = { next: new Map() };
/** Characters a number word of an unspaced script that is not weak can start with (Chinese, Japanese). */
export const UNSPACED_STARTS = new Set<string>();
let longest = 0;

const NON_ASCII = /[^ -~\t\n\r]/;

/** Lower-case, without Latin accents, Arabic letter variants folded ("três" → "tres", "أربعة" → "اربعه"). */
export function plainSpelling(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
}

function insert(spelling: string, morpheme: Morpheme): void {
  let node = root;
  for (const char of spelling) {
    let child = node.next.get(char);
    if (!child) node.next.set(char, (child = { next: new Map() }));
    node = child;
  }
  // Earlier tables win: a spelling two languages share keeps its first meaning.
  node.morpheme ??= morpheme;
  longest = Math.max(longest, spelling.length);
}

function addSlots(table: NumberWords, field: string | undefined, make: (slot: number) => Omit<Morpheme, 'weak'> | undefined, weak = false): void {
  if (!field) return;
  const ambiguous = new Set((table.ambiguous ?? '').split(' '));
  field.split('|').forEach((spellings, slot) => {
    const fields = make(slot);
    if (!fields || spellings === '') return;
    for (const spelling of spellings.split(' ')) {
      const morpheme: Morpheme = { ...fields, weak: weak || ambiguous.has(spelling) };
      if (weak) morpheme.homophone = true;
      if (fields.kind === 'tens' && table.teenTens?.split(' ').includes(spelling)) morpheme.takesTeen = true;
      insert(spelling.toLowerCase(), morpheme);
      if (table.unspaced && !morpheme.weak) UNSPACED_STARTS.add(spelling[0]!);
    }
  });
}

// Exact spellings of every table first, then the accent-free ones, so that "mười" (10) and
// "mươi" (×10) stay apart when typed with their accents.
for (const pass of ['exact', 'plain'] as const) {
  for (const table of NUMBER_WORDS) {
    const spelled = (field: string | undefined) => (field && pass === 'plain' ? field.split('|').map((slot) => slot.split(' ').map(plainSpelling).join(' ')).join('|') : field);
    const view: NumberWords = { ...table, ambiguous: spelled(table.ambiguous), teenTens: spelled(table.teenTens) };
    addSlots(view, spelled(table.digits), (value) => ({ kind: 'digit', value }));
    addSlots(view, spelled(table.homophones), (value) => ({ kind: 'digit', value }), true);
    addSlots(view, spelled(table.pairs), (value) => ({ kind: 'pair', value }));
    addSlots(view, spelled(table.teens), (slot) => ({ kind: 'pair', value: 10 + slot }));
    addSlots(view, spelled(table.tens), (slot) => ({ kind: 'tens', value: 10 * (slot + 1) }));
    // One hundred is read like "hundred": 100 alone, ×100 after a digit ("quattro|cento").
    addSlots(view, spelled(table.hundreds), (slot) => (slot === 0 ? { kind: 'times', value: 100 } : { kind: 'hundreds', value: 100 * (slot + 1) }));
    addSlots(view, spelled(table.score), () => ({ kind: 'times', value: 20 }));
    addSlots(view, spelled(table.hundred), () => ({ kind: 'times', value: 100 }));
    addSlots(view, spelled(table.timesTen), () => ({ kind: 'times', value: 10 }));
    addSlots(view, spelled(table.plusTen), () => ({ kind: 'plusTen', value: 10 }));
    addSlots(view, spelled(table.repeat), (slot) => ({ kind: 'repeat', value: slot + 2 }));
    addSlots(view, spelled(table.connectors), () => ({ kind: 'connector', value: 0, unitsFirst: table.unitsFirst }));
  }
}

// Romanised words with no settled spelling, by their skeleton: "atthanve" and "atthanave" are 98.
// A skeleton two words share is left out: it could be either.
const MIN_LOOSE = 5;
const looseWords = new Map<string, Morpheme | null>();
for (const table of NUMBER_WORDS.filter((numbers) => numbers.looseSpelling)) {
  const ambiguous = new Set((table.ambiguous ?? '').split(' '));
  const slots: Array<[string | undefined, (slot: number) => Omit<Morpheme, 'weak'>]> = [
    [table.digits, (value) => ({ kind: 'digit', value })],
    [table.pairs, (value) => ({ kind: 'pair', value })],
  ];
  for (const [field, make] of slots) {
    field?.split('|').forEach((spellings, slot) => {
      for (const spelling of spellings.split(' ').filter((word) => word.length >= MIN_LOOSE)) {
        const key = skeleton(spelling);
        const morpheme = { ...make(slot), weak: ambiguous.has(spelling) };
        const known = looseWords.get(key);
        looseWords.set(key, known === undefined || (known && known.value === morpheme.value && known.kind === morpheme.kind) ? morpheme : null);
      }
    });
  }
}

/**
 * A romanised word without what its spellings disagree on: aspiration, doubled letters, long
 * vowels and the short "a" ("atthanve", "atthanave" → "atnve"; "pachees", "pachis" → "pcis").
 */
function skeleton(word: string): string {
  const plain = word.toLowerCase().replace(/h/g, '').replace(/w/g, 'v').replace(/ee/g, 'i').replace(/oo/g, 'u').replace(/(.)\1+/g, '$1');
  return plain[0] + plain.slice(1).replace(/a/g, '');
}

/** A number word of a loosely spelled table, matched by its skeleton ("pachees" → 25). */
export function looseNumberWord(word: string): Morpheme | undefined {
  if (word.length < MIN_LOOSE || !/^[a-z]+$/.test(word)) return undefined;
  return looseWords.get(skeleton(word)) ?? undefined;
}

/** Longest number word (longer letter runs are split into several). */
export const LONGEST_NUMBER_WORD = longest;

/** Number word of `text` starting at `from` that is as long as possible, or undefined. */
export function longestNumberWordAt(text: string, from: number, to: number): { morpheme: Morpheme; end: number } | undefined {
  let node: TrieNode | undefined = root;
  let found: { morpheme: Morpheme; end: number } | undefined;
  for (let index = from; index < to && node; index += 1) {
    node = node.next.get(text[index]!);
    if (node?.morpheme) found = { morpheme: node.morpheme, end: index + 1 };
  }
  return found;
}

/**
 * Splits a whole word (already lower-case) into number words, fewest parts first:
 * "hundertneunundfünfzig" → hundert, neun, und, fünfzig. Undefined when it is not made of them.
 */
export function splitNumberWord(word: string): Morpheme[] | undefined {
  const length = word.length;
  // parts[i]: fewest number words spelling word[0, i), with the last one and where it starts.
  const parts: Array<{ count: number; from: number; morpheme: Morpheme } | undefined> = [{ count: 0, from: 0, morpheme: undefined! }];
  for (let from = 0; from < length; from += 1) {
    const reached = parts[from];
    if (!reached) continue;
    let node: TrieNode | undefined = root;
    for (let index = from; index < length && node; index += 1) {
      node = node.next.get(word[index]!);
      if (!node?.morpheme) continue;
      const previous = parts[index + 1];
      if (!previous || previous.count > reached.count + 1) parts[index + 1] = { count: reached.count + 1, from, morpheme: node.morpheme };
    }
  }
  if (!parts[length]) return undefined;
  const morphemes: Morpheme[] = [];
  for (let at = length; at > 0; at = parts[at]!.from) morphemes.push(parts[at]!.morpheme);
  return morphemes.reverse();
}
