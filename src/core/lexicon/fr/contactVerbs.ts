/** French contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['parle*', 'parlons', 'discut*', 'continu*', 'poursuiv*', 'passer', 'passons', 'échanger', 'echanger', 'écris', 'ecris', 'écrivez', 'ajoute*', 'contacte*', 'texte*', 'rejoin*', 'retrouve*'],
  ask: ['donne*', 'envoie', 'envoyez', 'passez', 'laisse*', 'auriez', 'avez', 'quel', 'quelle', 'file-moi', 'file moi'],
  call: ['appel*', "s'appelle", 'téléphoner', 'telephoner', 'visio'],
  search: ['cherche*', 'recherche*', 'tape', 'tapez', 'trouve*'],
  have: ['as-tu', 'avez-vous', 'tu as', 'vous avez', "t'as", 'es sur', "t'es sur", 'êtes sur', 'utilises', 'peut', 'peux', 'pourr*'],
  question: [] as string[],
  why: ['pourquoi'],
  negation: ['pas', 'jamais'],
};
