import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (en). */
export const AT_DOT_WORDS_EN: AtDotWords = {
  at: ['at', 'at sign', 'at symbol', 'at the rate'],
  dot: ['dot', 'period'],
  underscore: ['underscore'],
  slash: ['slash', 'forward slash'],
};
