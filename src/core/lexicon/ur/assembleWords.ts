import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (ur). */
export const ASSEMBLE_WORDS_UR: AssembleWords = {
  name: ['نام'],
  account: ['یوزر نیم', 'یوزرنیم', 'آئی ڈی'],
  sequence: ['پھر', 'پہلے', 'اس کے بعد', 'پہلا حصہ', 'دوسرا حصہ'],
  join: ['ساتھ', 'جوڑ'],
  here: ['یہاں', 'ادھر'],
  same: ['وہی', 'یہی', 'ویسا ہی'],
};
