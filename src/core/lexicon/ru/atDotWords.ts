import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (ru). */
export const AT_DOT_WORDS_RU: AtDotWords = {
  at: ['собака', 'собаку', 'собачка', 'собачку'],
  dot: ['точка', 'точку'],
  underscore: ['нижнее подчёркивание'],
  slash: ['слеш', 'слэш', 'косая черта'],
  domainWords: { ру: 'ru', ком: 'com', нет: 'net' },
};
