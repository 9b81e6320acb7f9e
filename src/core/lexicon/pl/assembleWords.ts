import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (pl). */
export const ASSEMBLE_WORDS_PL: AssembleWords = {
  name: ['imię', 'imie'],
  account: ['moja nazwa', 'login', 'nick'],
  sequence: ['potem', 'następnie', 'na końcu', 'najpierw', 'pierwsza część', 'druga część'],
  join: ['razem', 'bez spacji'],
  here: ['tutaj', 'tu', 'stąd', 'tutejszy'],
  same: ['taki sam', 'taki jak', 'tak samo', 'ten sam', 'ta sama', 'to samo'],
};
