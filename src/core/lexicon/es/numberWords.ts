import type { NumberWords } from '../numberWordTable.js';

export const numberWords: NumberWords = {
  digits: 'cero|uno una un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve',
  teens: 'diez|once|doce|trece|catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve',
  // "veinti-" starts the glued 21–29 ("veintidós").
  tens: '|veinte veinti|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa',
  hundreds: 'cien ciento|doscientos doscientas|trescientos|cuatrocientos|quinientos|seiscientos|setecientos|ochocientos|novecientos',
  repeat: 'doble|triple',
  connectors: 'y luego después',
  // Also the article "a".
  ambiguous: 'un una once',
};
