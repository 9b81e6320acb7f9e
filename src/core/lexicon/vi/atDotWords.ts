import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (vi). */
export const AT_DOT_WORDS_VI: AtDotWords = {
  at: ['a còng', 'a cong', 'a móc', 'a moc'],
  dot: ['chấm', 'cham'],
  underscore: ['gạch dưới'],
  slash: ['gạch chéo'],
};
