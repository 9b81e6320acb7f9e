import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (tr). */
export const AT_DOT_WORDS_TR: AtDotWords = {
  at: ['et', 'et işareti', 'at işareti', 'kuyruklu a'],
  dot: ['nokta'],
  underscore: ['alt çizgi'],
  slash: ['slaş', 'slash', 'eğik çizgi'],
};
