import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (ru). */
export const ASSEMBLE_WORDS_RU: AssembleWords = {
  name: ['имя', 'фамилия'],
  account: ['имя пользователя', 'логин', 'ник'],
  sequence: ['потом', 'затем', 'после', 'сначала', 'начало', 'первая часть', 'вторая часть'],
  join: ['вместе', 'слитно'],
  here: ['тут', 'здесь', 'на сайте'],
  same: ['такой же', 'как мой', 'как у меня', 'так же'],
};
