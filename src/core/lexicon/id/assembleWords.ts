import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (id). */
export const ASSEMBLE_WORDS_ID: AssembleWords = {
  name: ['nama'],
  account: ['username', 'nama pengguna'],
  sequence: ['terus', 'lalu', 'abis itu', 'depan', 'belakang', 'bagian pertama', 'bagian kedua'],
  join: ['digabung', 'gabung'],
  here: ['disini', 'di sini'],
  same: ['sama'],
};
