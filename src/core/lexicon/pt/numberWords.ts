import type { NumberWords } from '../numberWordTable.js';

export const numberWords: NumberWords = {
  // "meia" (half a dozen) is how Brazilians read a six.
  digits: 'zero|um uma|dois duas|três|quatro|cinco|seis meia|sete|oito|nove',
  teens: 'dez|onze|doze|treze|catorze quatorze|quinze|dezesseis dezasseis|dezessete dezassete|dezoito|dezenove dezanove',
  tens: '|vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa',
  hundreds: 'cem cento|duzentos duzentas|trezentos|quatrocentos|quinhentos|seiscentos|setecentos|oitocentos|novecentos',
  repeat: 'dobro duplo|triplo',
  connectors: 'e depois',
  // Also the article "a".
  ambiguous: 'um uma',
};
