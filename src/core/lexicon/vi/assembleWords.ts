import type { AssembleWords } from '../assembleWords.js';

/** Words that tell someone to build an address from parts, or to reuse a username (vi). */
export const ASSEMBLE_WORDS_VI: AssembleWords = {
  name: ['tên', 'họ tên'],
  account: ['tên đăng nhập', 'username', 'nick'],
  sequence: ['rồi', 'sau đó', 'tiếp theo', 'cuối cùng', 'đầu tiên', 'ngược lại', 'viết ngược'],
  join: ['viết liền', 'liền', 'ghép', 'thêm', 'không dấu'],
  here: ['ở đây', 'trên này'],
  same: ['giống', 'giống như', 'y như'],
};
