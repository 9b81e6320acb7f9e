import type { AssembleWords } from '../assembleWords.js';

/** Words that tell someone to build an address from parts, or to reuse a username (ur). */
export const ASSEMBLE_WORDS_UR: AssembleWords = {
  name: ['میرا نام', 'نام'],
  account: ['یوزر نیم', 'یوزرنیم', 'آئی ڈی'],
  sequence: ['پھر', 'پہلے', 'اس کے بعد', 'آخر میں', 'الٹا'],
  join: ['ساتھ', 'جوڑ', 'لگا دیں', 'لگا لیں', 'والا حصہ'],
  here: ['یہاں', 'ادھر'],
  same: ['وہی', 'یہی', 'ویسا ہی', 'جیسا'],
};
