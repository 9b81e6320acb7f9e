import type { NumberWords } from '../numberWords.js';

// Phone numbers are read digit by digit; 幺 (1), 两 (2), 洞 (0), 拐 (7), 勾 (9) are the spoken forms.
export const numberWords: NumberWords = {
  digits: '零 〇|一|二|三|四|五|六|七|八|九',
  homophones: '洞|幺|两||||||拐|勾',
  unspaced: true,
};
