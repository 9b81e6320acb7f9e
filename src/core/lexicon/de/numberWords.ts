import type { NumberWords } from '../numberWordTable.js';

export const numberWords: NumberWords = {
  // "zwo" is the two said on the phone.
  digits: 'null|eins ein eine|zwei zwo|drei|vier|fünf fuenf|sechs|sieben|acht|neun',
  teens: 'zehn|elf|zwölf zwoelf|dreizehn|vierzehn|fünfzehn fuenfzehn|sechzehn|siebzehn|achtzehn|neunzehn',
  tens: '|zwanzig|dreißig dreissig|vierzig|fünfzig fuenfzig|sechzig|siebzig|achtzig|neunzig',
  hundred: 'hundert',
  repeat: 'doppel doppelte|dreifach',
  connectors: 'und dann',
  unitsFirst: true,
  // Also the article "a".
  ambiguous: 'ein eine elf null',
};
