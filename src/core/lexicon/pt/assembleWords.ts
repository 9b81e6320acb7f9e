import type { AssembleWords } from '../assembleWords.js';

/** Words that tell someone to build an address from parts, or to reuse a username (pt). */
export const ASSEMBLE_WORDS_PT: AssembleWords = {
  name: ['meu nome', 'nome', 'sobrenome'],
  account: ['nome de usuário', 'usuario', 'usuário', 'login', 'meu nick'],
  sequence: ['depois', 'em seguida', 'no final', 'primeiro', 'e depois', 'ao contrário', 'ao contrario', 'de trás pra frente'],
  join: ['junto', 'juntos', 'colado', 'tudo junto', 'sem espaço', 'acrescenta'],
  here: ['aqui', 'daqui', 'neste site'],
  same: ['o mesmo', 'a mesma', 'igual ao', 'igual'],
};
