import type { AssembleWords } from '../assembleWords.js';

/** Words that tell someone to build an address from parts, or to reuse a username (pl). */
export const ASSEMBLE_WORDS_PL: AssembleWords = {
  name: ['imię', 'imie', 'nazwisko', 'nazwa'],
  account: ['moja nazwa', 'login', 'nick', 'nazwa użytkownika'],
  sequence: ['potem', 'następnie', 'na końcu', 'najpierw', 'wspak', 'od tyłu', 'odwrotnie'],
  join: ['razem', 'bez spacji', 'łącznie', 'dopisz', 'bez polskich znaków'],
  here: ['tutaj', 'stąd', 'tutejszy', 'na tej stronie'],
  same: ['taki sam', 'taki jak', 'tak samo', 'ten sam'],
};
