import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (en). */
export const ASSEMBLE_WORDS_EN: AssembleWords = {
  name: ['name', 'surname'],
  account: ['username', 'user name', 'login'],
  sequence: ['then', 'after that', 'followed by', 'first part', 'second part', 'part one', 'part two'],
  join: ['together', 'no space'],
  here: ['here', 'on this site', 'on this app'],
  same: ['same'],
};
