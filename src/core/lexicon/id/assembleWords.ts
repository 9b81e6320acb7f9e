import type { AssembleWords } from '../assembleWords.js';

/** Words that tell someone to build an address from parts, or to reuse a username (id). */
export const ASSEMBLE_WORDS_ID: AssembleWords = {
  name: ['nama depan', 'nama belakang', 'nama aku', 'nama saya', 'nama'],
  account: ['username', 'nama pengguna'],
  sequence: ['terus', 'lalu', 'abis itu', 'habis itu', 'kemudian', 'setelah itu', 'di akhir', 'dibalik', 'kebalik'],
  join: ['digabung', 'gabung', 'tanpa spasi', 'tambahin', 'tambahkan', 'ditambah'],
  here: ['disini', 'di sini'],
  same: ['sama kayak', 'sama dengan', 'sama'],
};
