import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (ar). */
export const ASSEMBLE_WORDS_AR: AssembleWords = {
  name: ['اسم', 'الاسم'],
  account: ['اسم المستخدم', 'يوزر', 'اليوزر'],
  sequence: ['بعدين', 'بعد كده', 'ثم', 'أول جزء', 'الجزء الأول', 'الجزء الثاني', 'بعدها'],
  join: ['لازق', 'مع بعض'],
  here: ['هنا', 'هون'],
  same: ['نفس', 'زي', 'مثل'],
};
