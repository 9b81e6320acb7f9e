import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (es). */
export const AT_DOT_WORDS_ES: AtDotWords = {
  at: ['arroba', 'arrobita'],
  dot: ['punto'],
  underscore: ['guion bajo'],
  slash: ['barra', 'slash'],
};
