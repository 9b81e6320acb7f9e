/**
 * Digit words people spell phone numbers with, in the languages the detector supports:
 * English, Spanish, Portuguese, French, German, Italian and Indonesian. Lower-case, accents kept
 * and also listed without them, because people type both.
 */
export const DIGIT_WORDS: Readonly<Record<string, string>> = {
  // English ("oh" is how people read a zero aloud)
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  // Spanish
  cero: '0', uno: '1', una: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9',
  // Portuguese ("meia" is how Brazilians read a six in phone numbers)
  um: '1', dois: '2', duas: '2', três: '3', quatro: '4', meia: '6', sete: '7', oito: '8', nove: '9',
  // French
  zéro: '0', un: '1', une: '1', deux: '2', trois: '3', quatre: '4', cinq: '5', sept: '7', huit: '8', neuf: '9',
  // German ("zwo" is the spoken-on-the-phone two)
  null: '0', eins: '1', ein: '1', zwei: '2', zwo: '2', drei: '3', vier: '4', fünf: '5', fuenf: '5', funf: '5',
  sechs: '6', sieben: '7', acht: '8', neun: '9',
  // Italian
  due: '2', tre: '3', quattro: '4', cinque: '5', sei: '6', sette: '7', otto: '8',
  // Indonesian
  nol: '0', kosong: '0', satu: '1', dua: '2', tiga: '3', empat: '4', lima: '5', enam: '6', tujuh: '7', delapan: '8',
  sembilan: '9',
};

/** "double five" → 55, "triple 7" → 777. */
export const REPEAT_WORDS: Readonly<Record<string, number>> = {
  double: 2, triple: 3, doble: 2, dobro: 2, duplo: 2, doppel: 2, doppio: 2, tripla: 3, triplo: 3, dreifach: 3,
};

/** Words people put between digit groups: "917 and 442 then 0188". */
export const CONNECTOR_WORDS: ReadonlySet<string> = new Set([
  'and', 'then', 'y', 'luego', 'e', 'depois', 'et', 'puis', 'und', 'dann', 'poi', 'dan', 'lalu', 'kemudian',
]);
