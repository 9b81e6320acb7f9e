import type { NumberWords } from '../numberWordTable.js';

// Filipinos also read numbers in English or Spanish; those words come from the other tables.
export const numberWords: NumberWords = {
  digits: 'sero|isa|dalawa|tatlo|apat|lima|anim|pito|walo|siyam',
  connectors: 'tapos saka',
};
