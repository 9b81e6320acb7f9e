import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (pt). */
export const ASSEMBLE_WORDS_PT: AssembleWords = {
  name: ['nome', 'sobrenome'],
  account: ['usuario', 'usuário', 'login'],
  sequence: ['depois', 'em seguida', 'no final', 'primeira parte', 'segunda parte'],
  join: ['junto', 'colado'],
  here: ['aqui', 'daqui', 'neste site'],
  same: ['o mesmo', 'a mesma', 'igual'],
};
