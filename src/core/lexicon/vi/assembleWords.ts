import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (vi). */
export const ASSEMBLE_WORDS_VI: AssembleWords = {
  name: ['tên'],
  account: ['tên đăng nhập', 'username', 'nick'],
  sequence: ['rồi', 'sau đó', 'tiếp theo', 'phần đầu', 'phần sau'],
  join: ['liền', 'ghép'],
  here: ['ở đây', 'trên này'],
  same: ['giống', 'y như'],
};
