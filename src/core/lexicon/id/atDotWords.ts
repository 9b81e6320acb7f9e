import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (id). */
export const AT_DOT_WORDS_ID: AtDotWords = {
  at: ['at', 'et', 'a keong', 'keong'],
  dot: ['titik', 'dot'],
  underscore: ['garis bawah'],
  slash: ['garis miring', 'slash'],
};
