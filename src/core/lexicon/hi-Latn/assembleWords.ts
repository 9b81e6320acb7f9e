import type { AssembleWords } from '../assembleWords.js';

/** Words that tell someone to build an address from parts, or to reuse a username (hi-Latn). */
export const ASSEMBLE_WORDS_HI_LATN: AssembleWords = {
  name: ['mera naam', 'naam', 'surname'],
  account: ['username', 'user name', 'login', 'id'],
  sequence: ['fir', 'phir', 'pehle', 'uske baad', 'baad me', 'aakhir me', 'last me', 'ulta'],
  join: ['saath me', 'jod', 'jodo', 'laga lo', 'laga do', 'lagao', 'wala part'],
  here: ['yaha', 'yahan', 'idhar'],
  same: ['wahi', 'yahi', 'yehi', 'vahi', 'wohi', 'same'],
};
