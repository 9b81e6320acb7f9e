import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (de). */
export const ASSEMBLE_WORDS_DE: AssembleWords = {
  name: ['mein name', 'vorname'],
  account: ['benutzername', 'username', 'nutzername'],
  sequence: ['dann', 'danach', 'vorne', 'hinten', 'dazwischen', 'erster teil', 'zweiter teil'],
  join: ['zusammen', 'ohne leerzeichen'],
  here: ['hier', 'auf dieser seite'],
  same: ['gleiche', 'gleich wie', 'derselbe'],
};
