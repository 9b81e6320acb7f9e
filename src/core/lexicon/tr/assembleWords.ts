import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (tr). */
export const ASSEMBLE_WORDS_TR: AssembleWords = {
  name: ['adım', 'soyadım', 'isim', 'ismim'],
  account: ['kullanıcı adı', 'nick'],
  sequence: ['sonra', 'sonunda', 'önce', 'ilk kısım', 'ikinci kısım'],
  join: ['bitişik', 'birleştir'],
  here: ['burada', 'bu sitede'],
  same: ['aynı'],
};
