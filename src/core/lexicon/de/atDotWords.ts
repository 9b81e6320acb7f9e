import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (de). */
export const AT_DOT_WORDS_DE: AtDotWords = {
  at: ['at', 'bei', 'klammeraffe', 'affenschwanz'],
  dot: ['punkt'],
  underscore: ['unterstrich'],
  slash: ['schrägstrich', 'slash'],
};
