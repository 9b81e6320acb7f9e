import type { NumberWords } from '../numberWordTable.js';

// Romanised Hindi as typed in chats; spellings vary, the common ones are listed.
export const numberWords: NumberWords = {
  digits: 'shunya shoonya|ek|do|teen|char chaar|paanch panch|chhe chhah che chah|saat|aath|nau',
  pairs:
    '||||||||||das|gyarah gyara|barah bara|terah tera|chaudah chauda|pandrah pandra|solah sola|satrah satra|atharah athara|unnis unees|bees bis|ikkis|bais baees|teis|chaubis|pachchis pachis|chhabbis|sattais|atthais|untis untees|tees tis|iktis iktees|battis|taintis tetis|chauntis|paintis|chhattis|saintis|adtis artees|untalis|chalis chaalis|iktalis|bayalis|taintalis|chavalis chawalis|paintalis|chhiyalis|saintalis|adtalis|unchas|pachas|ikyavan|bavan baavan|tirepan|chauvan|pachpan|chhappan|sattavan|atthavan|unsath|saath sath|iksath|basath|tirsath|chausath|painsath|chhiyasath|sadsath|adsath|unhattar|sattar|ikhattar|bahattar|tihattar|chauhattar|pachhattar|chhihattar|sathattar|athhattar|unasi|assi|ikyasi|bayasi|tirasi|chaurasi|pachasi|chhiyasi|sattasi|athasi atthasi|navasi|nabbe|ikyanave|banave|tiranave|chauranave|pachanave|chhiyanave|sattanave|atthanave|ninyanave',
  hundred: 'sau',
  connectors: 'aur phir fir',
  // Also everyday words in English or Hindi ("do", "teen", "das", "saath" = with).
  ambiguous: 'do teen char das bees tees tis bis che nau sau saath sath bara sola',
  looseSpelling: true,
};
