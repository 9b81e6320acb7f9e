/** French contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['parler', 'parlons', 'parle', 'discuter', 'discutons', 'continuer', 'continuons', 'poursuivre', 'poursuivons', 'passer', 'passons', 'échanger', 'echanger', 'écris', 'ecris', 'écrivez', 'ajoute', 'ajoutez', 'contacte', 'contactez', 'texte', 'textez', 'message', 'rejoins', 'rejoindre', 'retrouve', 'retrouvez'],
  ask: ['donne', 'donnez', 'envoie', 'envoyez', 'passe', 'passez', 'laisse', 'laissez', 'auriez', 'avez', 'quel', 'quelle', 'file-moi', 'file moi'],
  call: ['appelle', 'appelez', 'appeler', "s'appelle", 'appelles', 'appel', 'téléphoner', 'telephoner', 'visio'],
  search: ['cherche', 'cherchez', 'recherche', 'recherchez', 'tape', 'tapez', 'trouve', 'trouvez'],
  have: ['as-tu', 'avez-vous', 'tu as', 'vous avez', "t'as", 'es sur', "t'es sur", 'êtes sur', 'utilises', 'peut', 'peux', 'pourrait', 'pourrions'],
  question: [] as string[],
  why: ['pourquoi'],
  negation: ['pas', 'jamais'],
};
