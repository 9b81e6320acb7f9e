import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (pl). */
export const AT_DOT_WORDS_PL: AtDotWords = {
  at: ['małpa', 'małpka', 'małpę', 'małpką'],
  dot: ['kropka', 'kropkę'],
  underscore: ['podkreślnik'],
  slash: ['ukośnik', 'slash'],
};
