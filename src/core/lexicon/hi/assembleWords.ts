import type { AssembleWords } from '../assembleWords.js';

/** Words that tell someone to build an address from parts, or to reuse a username (hi). */
export const ASSEMBLE_WORDS_HI: AssembleWords = {
  name: ['मेरा नाम', 'नाम', 'सरनेम'],
  account: ['यूज़रनेम', 'यूजरनेम', 'यूज़र नेम', 'आईडी'],
  sequence: ['फिर', 'पहले', 'उसके बाद', 'आखिर में', 'आख़िर में', 'अंत में', 'उल्टा'],
  join: ['साथ में', 'जोड़', 'जोड़ दो', 'लगा लो', 'लगा दो', 'लगाओ', 'वाला हिस्सा'],
  here: ['यहां', 'यहाँ', 'इधर'],
  same: ['वही', 'यही', 'वैसा ही', 'जैसा'],
};
