import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (tl). */
export const AT_DOT_WORDS_TL: AtDotWords = {
  at: ['at'],
  dot: ['dot', 'tuldok'],
  underscore: ['underscore'],
  slash: ['slash'],
};
