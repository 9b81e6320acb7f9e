import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (es). */
export const ASSEMBLE_WORDS_ES: AssembleWords = {
  name: ['nombre', 'apellido'],
  account: ['usuario', 'mi nick', 'login'],
  sequence: ['luego', 'después', 'despues', 'primera parte', 'segunda parte'],
  join: ['junto', 'pegado'],
  here: ['aquí', 'aqui', 'de acá'],
  same: ['la misma', 'igual que', 'mismo'],
};
