import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (zh). */
export const ASSEMBLE_WORDS_ZH: AssembleWords = {
  name: ['名字', '号码'],
  account: ['用户名', '账号', '昵称'],
  sequence: ['然后', '后面', '後面', '前半', '后半', '前面'],
  join: ['加', '连起来'],
  here: ['这里', '这儿', '在这'],
  same: ['一样', '相同'],
};
