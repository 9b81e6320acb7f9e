import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (fr). */
export const AT_DOT_WORDS_FR: AtDotWords = {
  // "chez" and "pt" are everyday words: they count where an address follows, mostly in brackets ("(chez) gmail (pt) com").
  at: ['arobase', 'arrobase', 'arobas', 'a commercial', 'chez'],
  dot: ['point', 'pt'],
  underscore: ['tiret bas'],
  slash: ['slash', 'barre oblique'],
};
