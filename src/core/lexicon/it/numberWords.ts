import type { NumberWords } from '../numberWordTable.js';

export const numberWords: NumberWords = {
  digits: 'zero|uno una un|due|tre|quattro|cinque|sei|sette|otto|nove',
  teens: 'dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove',
  // Tens drop their last vowel before "uno" and "otto" ("ventuno", "ottantotto").
  tens: '|venti vent|trenta trent|quaranta quarant|cinquanta cinquant|sessanta sessant|settanta settant|ottanta ottant|novanta novant',
  hundred: 'cento',
  repeat: 'doppio|triplo',
  connectors: 'e poi',
  // Also the article "a".
  ambiguous: 'un una due sei',
};
