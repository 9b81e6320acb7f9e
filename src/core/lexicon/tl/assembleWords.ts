import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (tl). */
export const ASSEMBLE_WORDS_TL: AssembleWords = {
  name: ['pangalan', 'apelyido'],
  account: ['username', 'user name'],
  sequence: ['tapos', 'pagkatapos', 'sa dulo', 'unang part', 'pangalawa'],
  join: ['magkadikit', 'dikit'],
  here: ['dito'],
  same: ['pareho', 'kapareho', 'katulad'],
};
