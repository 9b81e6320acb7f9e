import type { AssembleWords } from '../assembleWords.js';

/** Words that tell someone to build an address from parts, or to reuse a username (es). */
export const ASSEMBLE_WORDS_ES: AssembleWords = {
  name: ['mi nombre', 'nombre', 'apellido'],
  account: ['nombre de usuario', 'usuario', 'mi nick', 'login'],
  sequence: ['luego', 'después', 'despues', 'y después', 'al final', 'primero', 'y luego', 'al revés', 'al reves'],
  join: ['junto', 'juntos', 'pegado', 'todo junto', 'sin espacios', 'agrega', 'añade', 'le pones'],
  here: ['aquí', 'aqui', 'de acá', 'de aca', 'en esta página'],
  same: ['el mismo', 'la misma', 'igual que', 'mismo'],
};
