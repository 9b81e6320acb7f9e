import type { NumberWords } from '../numberWordTable.js';

export const numberWords: NumberWords = {
  // "oh" is how people read a zero aloud.
  digits: 'zero oh|one|two|three|four|five|six|seven|eight|nine',
  teens: 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen',
  tens: '|twenty|thirty|forty fourty|fifty|sixty|seventy|eighty|ninety',
  hundred: 'hundred',
  repeat: 'double|triple',
  connectors: 'and then',
  homophones: '|won|to too|tree|for fore||||ate|',
};
