import type { AssembleWords } from '../assembleWords.js';

/** Words that tell someone to build an address from parts, or to reuse a username (de). */
export const ASSEMBLE_WORDS_DE: AssembleWords = {
  name: ['mein name', 'vorname', 'nachname'],
  account: ['benutzername', 'username', 'nutzername', 'nick', 'login'],
  sequence: ['dann', 'danach', 'vorne', 'hinten', 'am ende', 'zuerst', 'rückwärts', 'rueckwaerts', 'umgekehrt'],
  join: ['zusammen', 'zusammengeschrieben', 'ohne leerzeichen', 'dranhängen', 'anhängen'],
  here: ['hier', 'auf dieser seite'],
  same: ['gleicher', 'gleiche', 'gleich wie', 'derselbe', 'wie hier'],
};
