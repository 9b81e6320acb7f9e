import type { AtDotWords } from '../atDotWordTable.js';

/** How people say "@" and "." when they spell an address out (hi). */
export const AT_DOT_WORDS_HI: AtDotWords = {
  at: ['एट', 'ऐट', 'एट द रेट', 'ऐट द रेट'],
  dot: ['डॉट', 'डोट'],
  underscore: ['अंडरस्कोर'],
  slash: ['स्लैश'],
  domainWords: { कॉम: 'com', कोम: 'com', इन: 'in', को: 'co', नेट: 'net', ऑर्ग: 'org' },
};
