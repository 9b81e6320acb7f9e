import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (fr). */
export const AT_DOT_WORDS_FR: AtDotWords = {
  at: ['arobase', 'arrobase', 'arobas', 'a commercial'],
  dot: ['point'],
  underscore: ['tiret bas'],
  slash: ['slash', 'barre oblique'],
};
