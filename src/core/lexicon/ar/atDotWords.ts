import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (ar). */
export const AT_DOT_WORDS_AR: AtDotWords = {
  at: ['ات', 'آت', 'أت', 'علامة ات'],
  dot: ['دوت', 'دت'],
  underscore: ['أندرسكور'],
  slash: ['سلاش'],
  domainWords: { كوم: 'com', نت: 'net', أورج: 'org' },
};
