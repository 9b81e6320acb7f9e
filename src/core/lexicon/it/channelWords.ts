/** Italian channel words (see en/channelWords.ts for the slots). */
export const channelWords = {
  detail: ['cellulare', 'recapito', 'recapito telefonico', 'numero di telefono', 'contatt*'],
  weakDetail: ['profilo', 'nome utente'],
  yours: ['tuo', 'suo', 'il tuo', 'la tua'],
  elsewhere: ['fuori dalla piattaforma', 'fuori dal sito', "fuori dall'app", 'altrove', 'altra app', 'in privato', 'privatamente', 'direttamente', 'altro modo', 'un altro modo', 'altro canale', 'fuori da qui', 'a voce', 'di persona al telefono', "un'altra parte", "da un'altra parte", 'altra parte', 'da qualche altra parte'],
  label: ['nome utente', 'profilo', 'è', 'sono', 'come'],
  here: ['sulla piattaforma', 'in chat', 'qui in chat', 'qui sulla piattaforma'],
  rule: ['regol*', 'vieta*', 'consentito', 'permesso', 'termini'],
  warning: ['truffa*', 'occhio', 'attenzione', 'segnalate', 'fregatura', 'spariti'],
  ours: ['nostro', 'nostra', 'nostri', 'nostre'],
  me: ['mi'],
  self: ['io', 'per me', 'sono', 'sto'],
  there: ['lì', 'là'],
  rest: ['il resto', 'il seguito'],
  work: ['contenut*', 'annunci*', 'storie', 'grafiche', 'pagina', 'catalogo', 'negozio', 'canale', 'follower'],
  appWord: ['app', 'applicazione', 'applicazioni'],
  otherApp: ['altra', 'altre', 'verde', 'blu', 'viola'],
  seen: ['visto', 'vista', 'trovato', 'trovata', 'scoperto', 'scoperta'],
  // "if anything", "jak coś": a standing offer to be reached, which turns a bare call verb into an invitation
  anytime: ['per qualsiasi cosa', 'qualsiasi cosa', 'per qualunque cosa', 'se hai bisogno', 'in qualsiasi momento', 'per ogni cosa'],
  // "when you're downstairs": arriving, which makes "call me" part of a delivery or a visit
  arrival: ['arrivi', 'arrivato', 'arrivata', 'sotto casa', 'al cancello', 'sei sotto', 'sei qui', 'al portone', 'al citofono', 'sei arrivato'],
  // "my number": the writer's own detail, offered ("I'll give you my number")
  mine: ['mio', 'mia', 'il mio', 'la mia'],
  // "my WhatsApp is in my bio": a detail pointed to on the writer's profile
  bio: ['nel mio profilo', 'in bio', 'nella bio'],
  // "I can't talk now but call me": a turn that ends the reach of a negation before it
  contrast: ['però'],
};
