import type { AssembleWords } from '../assembleWords.js';

/** Words that tell someone to build an address from parts, or to reuse a username (ru). */
export const ASSEMBLE_WORDS_RU: AssembleWords = {
  name: ['имя', 'фамилия', 'фамилию'],
  account: ['имя пользователя', 'логин', 'ник', 'никнейм', 'юзернейм'],
  sequence: ['потом', 'затем', 'после', 'в конце', 'сначала', 'наоборот', 'задом наперёд', 'задом наперед'],
  join: ['вместе', 'слитно', 'через точку', 'без пробелов', 'добавь', 'добавьте', 'латиницей'],
  here: ['тут', 'здесь', 'на сайте'],
  same: ['такой же', 'как мой', 'как у меня', 'тот же'],
};
