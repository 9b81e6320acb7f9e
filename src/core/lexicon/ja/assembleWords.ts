import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (ja). */
export const ASSEMBLE_WORDS_JA: AssembleWords = {
  name: ['名前', 'ローマ字'],
  account: ['ユーザー名', 'ユーザ名', 'ID'],
  sequence: ['後ろに', 'うしろに', 'その後', '前半', '後半'],
  join: ['つけ', '足し'],
  here: ['ここ', 'こちらの'],
  same: ['同じ', 'と一緒'],
};
