import type { AtDotWords } from '../atDotWords.js';

/** How people say "@" and "." when they spell an address out (vi). */
export const AT_DOT_WORDS_VI: AtDotWords = {
  at: ['a còng', 'a cong', 'a móc', 'a moc'],
  dot: ['chấm', 'cham'],
  underscore: ['gạch dưới'],
  slash: ['gạch chéo'],
};
