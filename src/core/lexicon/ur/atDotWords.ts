import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (ur). */
export const AT_DOT_WORDS_UR: AtDotWords = {
  at: ['ایٹ', 'اَیٹ', 'ایٹ دی ریٹ'],
  dot: ['ڈاٹ', 'ڈوٹ'],
  underscore: ['انڈر اسکور'],
  slash: ['سلیش'],
  domainWords: { کام: 'com', کوم: 'com', نیٹ: 'net', 'پی کے': 'pk', کو: 'co' },
};
