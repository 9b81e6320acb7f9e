import type { AssembleWords } from '../assembleWords.js';

/** Words that tell someone to build an address from parts, or to reuse a username (fr). */
export const ASSEMBLE_WORDS_FR: AssembleWords = {
  name: ['mon nom', 'prénom', 'prenom', 'nom de famille'],
  account: ['nom d\'utilisateur', 'pseudo', 'identifiant', 'login'],
  sequence: ['puis', 'ensuite', 'après', 'apres', 'à la fin', 'a la fin', 'd\'abord', 'à l\'envers', 'a l\'envers'],
  join: ['attaché', 'attachés', 'collé', 'collés', 'ensemble', 'sans espace', 'ajoute', 'rajoute'],
  here: ['ici', 'd\'ici', 'sur ce site'],
  same: ['le même', 'la même', 'même que', 'pareil', 'même'],
};
