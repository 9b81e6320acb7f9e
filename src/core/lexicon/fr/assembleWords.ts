import type { AssembleWords } from '../assembleWordTable.js';

/** Words that tell someone to build an address from parts, or to reuse a username (fr). */
export const ASSEMBLE_WORDS_FR: AssembleWords = {
  name: ['mon nom', 'prénom'],
  account: ['nom d\'utilisateur', 'pseudo', 'identifiant'],
  sequence: ['puis', 'ensuite', 'après', "d'abord", 'première partie', 'deuxième partie'],
  join: ['attaché', 'collé'],
  here: ['ici', 'sur ce site'],
  same: ['pareil', 'même'],
};
