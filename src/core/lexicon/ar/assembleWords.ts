import type { AssembleWords } from '../assembleWords.js';

/** Words that tell someone to build an address from parts, or to reuse a username (ar). */
export const ASSEMBLE_WORDS_AR: AssembleWords = {
  name: ['اسمي', 'اسم', 'اسم العيلة', 'اسم العائلة'],
  account: ['اسم المستخدم', 'يوزر', 'اليوزر'],
  sequence: ['بعدين', 'وبعدين', 'بعد كده', 'ثم', 'وبعد', 'في الآخر', 'في الاخر', 'الأول', 'بالمقلوب', 'بالعكس'],
  join: ['لازقين', 'لازق', 'مع بعض', 'بدون مسافة', 'ضيف', 'أضف', 'ركّبه', 'ركبه'],
  here: ['هنا', 'هون'],
  same: ['نفس', 'زي', 'مثل'],
};
