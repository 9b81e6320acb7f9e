/** Italian channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['telefono', 'cellulare', 'cell', 'recapito', 'recapito telefonico', 'numero di telefono', 'mail', 'email', 'e-mail', 'contatto', 'contatti'],
  weakDetail: ['numero', 'account', 'profilo', 'nome utente'],
  yours: ['tuo', 'tua', 'suo', 'sua', 'il tuo', 'la tua'],
  elsewhere: ['fuori dalla piattaforma', 'fuori dal sito', "fuori dall'app", 'altrove', 'altra app', 'in privato', 'privatamente', 'direttamente'],
  label: ['nome utente', 'profilo', 'account', 'pagina', 'nome', 'id', 'è', 'sono', 'come'],
  here: ['sulla piattaforma', 'in chat', 'qui in chat', 'qui sulla piattaforma'],
  rule: ['regolamento', 'regole', 'vietato', 'vieta', 'consentito', 'permesso', 'termini'],
  warning: ['truffa', 'truffatori', 'occhio', 'attenzione', 'segnalate', 'fregatura', 'spariti'],
};
