import type { NumberWords } from '../numberWordTable.js';

// Phone numbers are read digit by digit; 幺 (1), 两 (2), 洞 (0), 拐 (7), 勾 (9) are the spoken forms.
export const numberWords: NumberWords = {
  // Financial numerals (壹贰叁) are written to dodge filters too.
  digits: '零 〇|一 壹|二 贰 貳|三 叁 參|四 肆|五 伍|六 陆 陸|七 柒|八 捌|九 玖',
  homophones: '洞|幺|两||||||拐|勾',
  unspaced: true,
};
