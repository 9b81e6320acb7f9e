/** Italian contact verbs (see en/contactVerbs.ts for the slots). */
export const contactVerbs = {
  move: ['scrivimi', 'scrivere', 'scriviamo', 'aggiungimi', 'contattami', 'sentiamoci', 'sentirci', 'sentire', 'continuiamo', 'continuare', 'parliamo', 'parlare', 'spostiamo', 'spostarci', 'passiamo', 'messaggiami', 'seguimi', 'videochiamata', 'chattare', 'chattiamo'],
  ask: ['dai', 'dammi', 'mandami', 'passami', 'inviami', 'lasciami', 'lasci', 'qual'],
  call: ['chiamami', 'chiamarti', 'chiamare', 'chiamo', 'telefonami', 'telefonarti', 'chiamata'],
  search: ['cercami', 'cerca', 'cercate', 'cercatemi', 'trovami'],
  have: ['hai', 'ha', 'avete', 'usi', 'sei su', 'possiamo', 'posso', 'potremmo'],
  question: [] as string[],
  why: ['perché', 'perche'],
  negation: ['non', 'mai'],
};
