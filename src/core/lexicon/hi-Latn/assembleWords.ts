import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (hi-Latn). */
export const ASSEMBLE_WORDS_HI_LATN: AssembleWords = {
  name: ['naam', 'surname'],
  account: ['username', 'user name', 'login'],
  sequence: ['fir', 'phir', 'pehle', 'pehla part', 'dusra part'],
  join: ['saath me', 'jod'],
  here: ['yaha', 'idhar', 'yahan'],
  same: ['wahi', 'yahi', 'yehi'],
};
