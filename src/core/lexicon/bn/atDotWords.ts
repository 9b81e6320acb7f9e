import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (bn). */
export const AT_DOT_WORDS_BN: AtDotWords = {
  at: ['অ্যাট', 'এট', 'অ্যাট দ্য রেট'],
  dot: ['ডট', 'ডট্'],
  underscore: ['আন্ডারস্কোর'],
  slash: ['স্ল্যাশ'],
  domainWords: { কম: 'com', কো: 'co', ইন: 'in', নেট: 'net', অর্গ: 'org' },
};
