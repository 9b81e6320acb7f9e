import type { NumberWords } from '../numberWordTable.js';

export const numberWords: NumberWords = {
  // After a tens word, 1 is "mốt", 4 "tư", 5 "lăm"; "linh"/"lẻ" is the zero in "một trăm linh năm".
  digits: 'không linh lẻ|một mốt|hai|ba|bốn tư|năm lăm|sáu|bảy|tám|chín',
  tens: 'mười',
  timesTen: 'mươi',
  hundred: 'trăm',
  connectors: 'rồi và',
  // "không" is also "no", "năm" "year", "ba" "dad".
  ambiguous: 'không năm ba tư',
};
