import type { AtDotWords } from '../atDotWords.js';

/** How people say "@" and "." when they spell an address out (ar). */
export const AT_DOT_WORDS_AR: AtDotWords = {
  at: ['ات', 'آت', 'أت', 'علامة ات', 'علامة آت', 'علامة @'],
  dot: ['دوت', 'دت', 'نقطة', 'نقطه'],
  underscore: ['أندرسكور', 'اندرسكور', 'شرطة سفلية'],
  domainWords: { كوم: 'com', نت: 'net', أورج: 'org' },
};
