import type { AssembleWords } from '../assembleWords.js';

/** Words that tell someone to build an address from parts, or to reuse a username (tr). */
export const ASSEMBLE_WORDS_TR: AssembleWords = {
  name: ['adım', 'soyadım', 'ad soyad', 'isim'],
  account: ['kullanıcı adım', 'kullanıcı adı', 'nick'],
  sequence: ['sonra', 'sonunda', 'önce', 'ardından', 'en sonda', 'ters', 'tersten'],
  join: ['bitişik', 'birleştir', 'boşluksuz', 'ekle', 'türkçe karakter olmadan'],
  here: ['burada', 'buradaki', 'bu sitede'],
  same: ['aynı', 'ile aynı', 'aynısı'],
};
