import type { AssembleWords } from '../assembleWords.js';

/** Words that tell someone to build an address from parts, or to reuse a username (ja). */
export const ASSEMBLE_WORDS_JA: AssembleWords = {
  name: ['名前', 'ユーザー名', 'ユーザ名', 'ID', 'ローマ字'],
  sequence: ['後ろに', 'うしろに', 'その後', 'そのあと', '最後に', '逆から', '逆に'],
  join: ['つけた', 'つける', 'くっつけ', '足した', 'たした'],
  here: ['ここ', 'こちらの'],
  same: ['同じ', 'と一緒'],
};
