/** Italian contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['rispondimi', 'rispondi', 'rispondetemi', 'scriv*', 'aggiungimi', 'contattami', 'senti*', 'continu*', 'parliamo', 'parlare', 'spost*', 'passiamo', 'messaggiami', 'seguimi', 'videochiamata', 'chatt*', 'contattar*', 'raggiungerti', 'sentiamoci', 'accord*', 'sentirci', 'rispondo', 'andiamo', 'spostiamo*', 'spostarci', 'restiamo in contatto', 'rimaniamo in contatto', 'teniamoci in contatto', 'restare in contatto', 'rimanere in contatto', 'colloquio'],
  ask: ['dai', 'dammi', 'mandami', 'passami', 'inviami', 'lasci*', 'avere', 'potrei avere', 'mi darebbe', 'mi lascerebbe'],
  call: ['chiam*', 'telefona*'],
  search: ['cercami', 'cercate', 'cercatemi', 'trovami'],
  have: ['hai', 'ha', 'avete', 'usi', 'sei su', 'possiamo', 'potremmo'],
  question: [] as string[],
  why: ['perch*'],
  negation: ['non', 'mai'],
  how: ['come', 'dove', 'in che modo'],
  suggest: ['magari', 'forse', 'potremmo', 'possiamo', 'se preferisci', 'per te va bene', 'che ne dici', 'preferirei'],
  easier: ['più comodo', 'piu comodo', 'più semplice', 'piu semplice', 'più facile', 'più pratico', 'meglio'],
  habit: ['più attivo', 'più attiva', 'attivo', 'attiva', 'più spesso', 'sempre su'],
  meet: [] as string[],
  // "te paso mi número": an offer, read only with the writer's own detail ("te dou a capinha" offers the item).
  offer: ['ti do', 'ti mando', 'ti passo', 'ti lascio', 'ti invio'],
};
