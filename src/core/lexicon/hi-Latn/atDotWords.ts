import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (hi-Latn). */
export const AT_DOT_WORDS_HI_LATN: AtDotWords = {
  at: ['at', 'at the rate', 'attherate'],
  dot: ['dot', 'daat'],
  underscore: ['underscore'],
  slash: ['slash'],
};
