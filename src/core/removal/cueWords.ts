/**
 * Words that only introduce a contact detail ("text me on", "my email is"), per language, so that
 * removing the detail can take them along and leave a sentence that still reads. Lower case, single
 * spaces, straight apostrophes. Data only: the matching lives in `removeWithCues.ts`.
 */
export interface CueWords {
  /** Phrases that introduce a detail, possibly followed by one of `prepositions`: "text me", "my number is". */
  phrases: readonly string[];
  /** Labels that introduce a detail only when a colon follows: "phone: …", "email: …". */
  labels: readonly string[];
  /** Prepositions that tie a detail to the sentence: "on", "at", "al", "sur". Removed with the detail. */
  prepositions: readonly string[];
  /** Words that only join two details ("or", "and"), or that would start what is left ("and we can start"). */
  connectors: readonly string[];
}

export const CUE_WORDS: Readonly<Record<string, CueWords>> = {
  en: {
    phrases: [
      'call', 'text', 'ring', 'text me', 'call me', 'ring me', 'phone me', 'email me', 'e-mail me', 'mail me', 'message me', 'msg me', 'dm me', 'ping me',
      'reach me', 'you can reach me', 'contact me', 'find me', 'add me', 'whatsapp me', 'write to me', 'write me',
      'my number is', 'my phone number is', 'my phone is', 'my cell is', 'my mobile is', 'my email is', 'my email address is',
      'my e-mail is', 'my address is', 'my mail is', 'my handle is', 'my whatsapp is', 'my telegram is', 'my instagram is',
      'my website is', 'my site is', 'my portfolio is', "here's my number", 'here is my number', "here's my email",
      'here is my email', "i'm", 'i am', 'pay me', 'send me', 'send it', 'send the', 'send the money',
      'see', 'check out', 'visit', 'look',
      'whatsapp', 'telegram', 'signal', 'instagram',
    ],
    labels: ['phone', 'tel', 'mobile', 'cell', 'number', 'email', 'e-mail', 'mail', 'whatsapp', 'telegram', 'instagram', 'website', 'site', 'paypal', 'venmo'],
    prepositions: ['on', 'at', 'to', 'via', 'through', 'by', 'in'],
    connectors: ['and', 'or', '&', '/'],
  },
  es: {
    phrases: [
      'escríbeme', 'escribeme', 'escríbeme a', 'llámame', 'llamame', 'mándame un mensaje', 'envíame un mensaje', 'contáctame',
      'contactame', 'búscame', 'agrégame', 'agregame', 'mi número es', 'mi numero es', 'mi teléfono es', 'mi telefono es',
      'mi móvil es', 'mi celular es', 'mi correo es', 'mi correo electrónico es', 'mi email es', 'mi whatsapp es', 'mi web es',
      'mi página es', 'págame', 'pagame', 'whatsapp', 'telegram',
    ],
    labels: ['teléfono', 'telefono', 'móvil', 'celular', 'correo', 'whatsapp', 'web'],
    prepositions: ['al', 'en', 'por', 'vía'],
    connectors: ['y', 'e', 'o', 'u'],
  },
  fr: {
    phrases: [
      'écris-moi', 'ecris-moi', 'écrivez-moi', 'appelle-moi', 'appelez-moi', 'contacte-moi', 'contactez-moi', 'texte-moi',
      'envoie-moi un message', 'ajoute-moi', 'mon numéro est', 'mon numero est', "mon numéro c'est", 'mon email est',
      'mon mail est', 'mon e-mail est', 'mon adresse est', 'mon adresse e-mail est', 'mon whatsapp est', 'mon site est', 'paie-moi',
    ],
    labels: ['téléphone', 'tél', 'portable', 'numéro', 'courriel', 'e-mail', 'mail', 'whatsapp', 'site'],
    prepositions: ['au', 'sur', 'par', 'via', 'à'],
    connectors: ['et', 'ou'],
  },
  de: {
    phrases: [
      'schreib mir', 'schreibe mir', 'schreiben sie mir', 'ruf mich an', 'rufen sie mich an', 'kontaktiere mich', 'melde dich',
      'du erreichst mich', 'sie erreichen mich', 'meine nummer ist', 'meine telefonnummer ist', 'meine handynummer ist',
      'meine e-mail ist', 'meine email ist', 'meine e-mail-adresse ist', 'meine adresse ist', 'mein whatsapp ist',
      'meine webseite ist', 'zahl mir', 'bezahl mich',
    ],
    labels: ['telefon', 'tel', 'handy', 'nummer', 'e-mail', 'email', 'whatsapp', 'webseite'],
    prepositions: ['an', 'auf', 'unter', 'über', 'per', 'bei'],
    connectors: ['und', 'oder'],
  },
  pt: {
    phrases: [
      'me', 'me chama', 'me liga', 'liga pra mim', 'me manda mensagem', 'me escreve', 'me adiciona', 'meu número é', 'meu numero é',
      'meu numero e', 'meu telefone é', 'meu celular é', 'meu email é', 'meu e-mail é', 'meu whatsapp é', 'meu zap é', 'meu site é',
      'me paga', 'whatsapp', 'zap', 'telegram',
    ],
    labels: ['telefone', 'celular', 'número', 'email', 'e-mail', 'whatsapp', 'zap', 'site'],
    prepositions: ['no', 'na', 'em', 'pelo', 'pela', 'via'],
    connectors: ['e', 'ou'],
  },
  it: {
    phrases: [
      'scrivimi', 'scrivimi a', 'chiamami', 'contattami', 'mandami un messaggio', 'il mio numero è', 'il mio cellulare è',
      'la mia email è', 'la mia mail è', 'il mio indirizzo è', 'il mio whatsapp è', 'il mio sito è', 'pagami',
    ],
    labels: ['telefono', 'cellulare', 'numero', 'email', 'mail', 'whatsapp', 'sito'],
    prepositions: ['al', 'su', 'sul', 'via', 'per'],
    connectors: ['e', 'ed', 'o', 'oppure'],
  },
};
