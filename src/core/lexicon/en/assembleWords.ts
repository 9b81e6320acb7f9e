import type { AssembleWords } from '../assembleWords.js';

/** Words that tell someone to build an address from parts, or to reuse a username (en). */
export const ASSEMBLE_WORDS_EN: AssembleWords = {
  name: ['my name', 'first name', 'last name', 'surname', 'first part', 'the rest'],
  account: ['username', 'user name', 'login', 'nickname', 'my handle'],
  sequence: ['then', 'after that', 'followed by', 'and then', 'at the end', 'before it', 'after it', 'the rest', 'first part', 'backwards', 'reversed'],
  join: ['together', 'no space', 'no spaces', 'joined', 'put together', 'stuck together'],
  here: ['here', 'on here', 'on this site', 'on this app'],
  same: ['same as', 'the same', 'same'],
};
