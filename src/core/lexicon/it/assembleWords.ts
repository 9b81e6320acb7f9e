import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (it). */
export const ASSEMBLE_WORDS_IT: AssembleWords = {
  name: ['nome', 'cognome'],
  account: ['nome utente', 'username', 'nick'],
  sequence: ['poi', 'dopo', 'alla fine', 'prima parte', 'seconda parte'],
  join: ['attaccati', 'attaccato'],
  here: ['qui', 'su questo sito'],
  same: ['la stessa', 'uguale', 'stesso'],
};
