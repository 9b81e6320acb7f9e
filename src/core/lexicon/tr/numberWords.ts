import type { NumberWords } from '../numberWordTable.js';

export const numberWords: NumberWords = {
  digits: 'sıfır sifir|bir|iki|üç|dört|beş|altı alti|yedi|sekiz|dokuz',
  // Teens are "on bir", "on iki": ten, then the digit.
  tens: 'on|yirmi|otuz|kırk kirk|elli|altmış altmis|yetmiş yetmis|seksen|doksan',
  hundred: 'yüz',
  connectors: 've sonra',
  ambiguous: 'on bir yüz',
};
