import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (zh). */
export const AT_DOT_WORDS_ZH: AtDotWords = {
  at: ['艾特', '圈a', '小老鼠', 'at'],
  dot: ['点', '點'],
  underscore: ['下划线'],
  slash: ['斜杠', '斜线'],
};
