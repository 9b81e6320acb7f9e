/** French contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['parler', 'parlons', 'parle', 'discuter', 'discutons', 'continuer', 'continuons', 'poursuivre', 'poursuivons', 'passer', 'passons', 'échanger', 'echanger', 'écris', 'ecris', 'écrivez', 'ajoute', 'ajoutez', 'contacte', 'contactez', 'texte', 'textez', 'message', 'rejoins', 'rejoindre', 'retrouve', 'retrouvez', 'suis'],
  ask: ['donne', 'donnez', 'envoie', 'envoyez', 'passe', 'passez', 'file', 'laisse', 'laissez', 'auriez', 'avez', 'as', 'quel', 'quelle'],
  call: ['appelle', 'appelez', 'appeler', "s'appelle", 'appelles', 'appel', 'téléphoner', 'telephoner', 'visio'],
  search: ['cherche', 'cherchez', 'recherche', 'recherchez', 'tape', 'tapez', 'trouve', 'trouvez'],
  have: ['as-tu', 'avez-vous', 'tu as', 'vous avez', "t'as", 'es sur', "t'es sur", 'êtes sur', 'utilises', 'peut', 'peux', 'pourrait', 'pourrions'],
  question: [] as string[],
  why: ['pourquoi'],
  negation: ['ne', 'pas', 'jamais'],
};
