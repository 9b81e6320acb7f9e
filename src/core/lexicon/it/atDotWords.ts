import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (it). */
export const AT_DOT_WORDS_IT: AtDotWords = {
  at: ['chiocciola', 'chiocciolina', 'at'],
  dot: ['punto'],
  underscore: ['trattino basso'],
  slash: ['barra', 'slash'],
};
