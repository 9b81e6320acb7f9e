import type { NumberWords } from '../numberWordTable.js';

export const numberWords: NumberWords = {
  digits: 'nol kosong|satu|dua|tiga|empat|lima|enam|tujuh|delapan lapan|sembilan',
  teens: 'sepuluh|sebelas',
  tens: 'sepuluh',
  hundreds: 'seratus',
  // "dua puluh" = 20, "dua belas" = 12, "dua ratus" = 200.
  timesTen: 'puluh',
  plusTen: 'belas',
  hundred: 'ratus',
  connectors: 'dan lalu terus',
};
