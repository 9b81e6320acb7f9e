import type { AtDotWords } from '../atDotWords.js';

/** How people say "@" and "." when they spell an address out (ru). */
export const AT_DOT_WORDS_RU: AtDotWords = {
  at: ['собака', 'собаку', 'собачка', 'собачку', 'собачкой', 'эт'],
  dot: ['точка', 'точку', 'тчк'],
  underscore: ['нижнее подчёркивание', 'нижнее подчеркивание', 'подчёркивание', 'подчеркивание'],
  domainWords: { ру: 'ru', ком: 'com', нет: 'net' },
};
