/** French contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['réponds', 'répondez', 'reponds', 'repondez', 'parle*', 'parlons', 'discut*', 'continu*', 'poursuiv*', 'passer', 'passons', 'échanger', 'echanger', 'écris', 'ecris', 'écrivez', 'ajoute*', 'contacte*', 'texte*', 'rejoin*', 'joindre', 'écrire', 'ecrire', "t'écrire", "m'écrire", 'mp', 'bascul*', 'passer*', 'répondre', 'allons', 'entretien'],
  ask: ['donne*', 'envoie', 'envoyez', 'passez', 'laisse*', 'auriez', 'avez', 'quel', 'quelle', 'file-moi', 'file moi', 'files', "c'est quoi", 'quoi', 'filer', 'passe-moi'],
  call: ['appel*', "s'appelle", 'téléphoner', 'telephoner', 'visio'],
  search: ['cherche*', 'recherche*', 'tape', 'tapez', 'trouve*'],
  have: ['as-tu', 'avez-vous', 'tu as', 'vous avez', "t'as", 'es sur', "t'es sur", 'êtes sur', 'utilises', 'peut', 'peux', 'pourr*'],
  question: [] as string[],
  why: ['pourquoi'],
  negation: ['pas', 'jamais'],
  how: ['comment', 'où', 'par où', 'quel moyen'],
  suggest: ['peut-être', 'on pourrait', 'on peut', 'pourrions', 'si tu préfères', 'je préfère', 'ça te dit', 'et si', 'dérange pas', 'si ça te va'],
  easier: ['plus simple', 'plus facile', 'plus pratique', 'plus rapide', 'mieux'],
  habit: ['plus souvent', 'plus actif', 'plus active', 'actif', 'toujours sur', 'plutôt sur', 'tout le temps', 'toujours'],
  meet: ['retrouve*'],
};
