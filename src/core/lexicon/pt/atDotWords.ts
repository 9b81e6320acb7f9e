import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (pt). */
export const AT_DOT_WORDS_PT: AtDotWords = {
  at: ['arroba'],
  dot: ['ponto'],
  underscore: ['underline'],
  slash: ['barra', 'slash'],
};
