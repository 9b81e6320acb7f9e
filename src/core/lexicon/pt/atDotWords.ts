import type { AtDotWords } from '../atDotWords.js';

/** How people say "@" and "." when they spell an address out (pt). */
export const AT_DOT_WORDS_PT: AtDotWords = {
  at: ['arroba'],
  dot: ['ponto'],
  underscore: ['underline'],
  slash: ['barra', 'slash'],
};
