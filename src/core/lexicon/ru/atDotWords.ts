import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (ru). */
export const AT_DOT_WORDS_RU: AtDotWords = {
  // Transliterated too, as typed on a Latin keyboard ("masha sobaka bk tochka ru").
  at: ['собака', 'собаку', 'собачка', 'собачку', 'sobaka', 'sobachka'],
  dot: ['точка', 'точку', 'tochka'],
  underscore: ['нижнее подчёркивание'],
  slash: ['слеш', 'слэш', 'косая черта'],
  domainWords: { ру: 'ru', ком: 'com', нет: 'net' },
};
