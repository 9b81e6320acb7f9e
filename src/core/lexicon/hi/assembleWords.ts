import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (hi). */
export const ASSEMBLE_WORDS_HI: AssembleWords = {
  name: ['नाम', 'सरनेम'],
  account: ['यूज़रनेम', 'यूजरनेम', 'यूज़र नेम'],
  sequence: ['फिर', 'पहले', 'उसके बाद', 'पहला हिस्सा', 'दूसरा हिस्सा'],
  join: ['साथ में', 'जोड़'],
  here: ['यहां', 'यहाँ', 'इधर', 'यहीं'],
  same: ['वही', 'यही', 'वैसा ही'],
};
