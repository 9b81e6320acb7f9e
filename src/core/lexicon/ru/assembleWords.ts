import type { AssembleWords } from '../assembleWords.js';

/** Words that tell someone to build an address from parts, or to reuse a username (ru). */
export const ASSEMBLE_WORDS_RU: AssembleWords = {
  name: ['имя', 'фамилия', 'фамилию'],
  account: ['имя пользователя', 'логин', 'ник'],
  sequence: ['потом', 'затем', 'после'],
  join: ['вместе', 'слитно', 'через точку'],
  here: ['тут', 'здесь', 'на сайте'],
  same: ['такой же', 'как мой', 'как у меня'],
};
