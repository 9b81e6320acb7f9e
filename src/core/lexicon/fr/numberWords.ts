import type { NumberWords } from '../numberWordTable.js';

export const numberWords: NumberWords = {
  digits: 'zéro|un une|deux|trois|quatre|cinq|six|sept|huit|neuf',
  // 17–19 are "dix-sept"…: "dix" is a tens word a digit follows. "vingt" is a score: 20 alone,
  // ×20 after a digit ("quatre-vingt-un").
  teens: '|onze|douze|treize|quatorze|quinze|seize',
  // Belgian and Swiss French say septante, huitante/octante, nonante.
  tens: 'dix||trente|quarante|cinquante|soixante|septante|huitante octante|nonante',
  score: 'vingt vingts',
  teenTens: 'soixante',
  hundred: 'cent cents',
  repeat: 'double|triple',
  connectors: 'et puis',
  // Also the article "a".
  ambiguous: 'un une neuf',
};
