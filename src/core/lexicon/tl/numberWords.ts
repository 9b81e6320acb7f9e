import type { NumberWords } from '../numberWordTable.js';

// Filipinos also read numbers in English or Spanish; those words come from the other tables, the
// Spanish ones as Tagalog spells them ("kwatro", "singko", "siyete", "nuwebe") from this one.
export const numberWords: NumberWords = {
  digits: 'sero|isa|dalawa|tatlo|apat kwatro kuwatro|lima singko sinko|anim sais|pito siyete syete|walo otso|siyam nuwebe nwebe',
  connectors: 'tapos saka',
};
