import type { AssembleWords } from '../assembleWords.js';

/** Words that tell someone to build an address from parts, or to reuse a username (it). */
export const ASSEMBLE_WORDS_IT: AssembleWords = {
  name: ['il mio nome', 'nome', 'cognome'],
  account: ['nome utente', 'username', 'nick', 'login'],
  sequence: ['poi', 'dopo', 'alla fine', 'e poi', 'al contrario', 'all\'incontrario'],
  join: ['attaccati', 'attaccato', 'insieme', 'senza spazi', 'aggiungi'],
  here: ['qui', 'di qui', 'su questo sito'],
  same: ['lo stesso', 'la stessa', 'uguale', 'stesso'],
};
