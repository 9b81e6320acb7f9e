import type { PolicyReason, PolicyViolation } from '../core/policy/policyTypes.js';
import type { ContactKind } from '../core/types.js';
import type { MessageCatalogue, ReportReason } from './index.js';
import { formatList, foundMessage, type KindNoun, pluralMessage } from './pluralMessage.js';

const LOCALE = 'it';

// Italian plurals: `one`, `many` (whole millions: "1.000.000 di link"), `other`. "Link" is invariable.
const NOUNS: Record<ContactKind, KindNoun> = {
  email: { single: 'un indirizzo email', counted: { one: '# indirizzo email', many: '# di indirizzi email', other: '# indirizzi email' } },
  phone: { single: 'un numero di telefono', counted: { one: '# numero di telefono', many: '# di numeri di telefono', other: '# numeri di telefono' } },
  url: { single: 'un link', counted: { one: '# link', many: '# di link', other: '# link' } },
  social: {
    single: 'un account di messaggistica o social',
    counted: { one: '# account di messaggistica o social', many: '# di account di messaggistica o social', other: '# account di messaggistica o social' },
  },
  meeting: { single: 'un link per videochiamate', counted: { one: '# link per videochiamate', many: '# di link per videochiamate', other: '# link per videochiamate' } },
  payment: {
    single: 'una richiesta di pagamento fuori dalla piattaforma',
    counted: {
      one: '# richiesta di pagamento fuori dalla piattaforma',
      many: '# di richieste di pagamento fuori dalla piattaforma',
      other: '# richieste di pagamento fuori dalla piattaforma',
    },
  },
  intent: {
    single: 'una proposta di continuare altrove',
    counted: { one: '# proposta di continuare altrove', many: '# di proposte di continuare altrove', other: '# proposte di continuare altrove' },
  },
};

const UNTIL_CONTRACT: Record<ContactKind, string> = {
  email: 'Potrai scambiare indirizzi email quando inizierà il contratto.',
  phone: 'Potrai scambiare numeri di telefono quando inizierà il contratto.',
  url: 'Potrai condividere link quando inizierà il contratto.',
  social: 'Potrai scambiare account di messaggistica e social quando inizierà il contratto.',
  meeting: 'Potrai condividere link per videochiamate quando inizierà il contratto.',
  payment: 'Le richieste di pagamento fuori dalla piattaforma sono possibili solo dopo l’inizio del contratto.',
  intent: 'Potrete accordarvi per sentirvi altrove quando inizierà il contratto.',
};

const MASKED: Record<ContactKind, string> = {
  email: '[indirizzo email nascosto]',
  phone: '[numero di telefono nascosto]',
  url: '[link nascosto]',
  social: '[account nascosto]',
  meeting: '[link per videochiamate nascosto]',
  payment: '[richiesta di pagamento nascosta]',
  intent: '[proposta nascosta]',
};

const REASONS: Record<ReportReason, string> = {
  'off-platform-contact': 'Chiede di spostare la conversazione fuori dalla piattaforma',
  'off-platform-payment': 'Chiede un pagamento fuori dalla piattaforma',
  scam: 'Truffa o frode',
  'suspicious-link': 'Contiene un link sospetto',
  other: 'Altro',
};

/** The "Why?" per kind: what the rule protects, not what the person did. */
const WHY: Record<ContactKind, string> = {
  phone: 'Di chiamate e SMS qui non resta traccia, se qualcosa va storto.',
  email: 'Delle email qui non resta traccia, se qualcosa va storto.',
  url: 'I link possono portare a false pagine di accesso o di pagamento.',
  social: 'Delle chat su altre app qui non resta traccia, ed è spesso lì che continuano le truffe.',
  meeting: 'Delle chiamate con strumenti esterni non resta traccia di quanto concordato.',
  payment: 'I pagamenti fatti fuori dalla piattaforma non sono coperti e di solito non si possono recuperare.',
  intent: 'Altrove non resta traccia e la piattaforma non può aiutarti se qualcosa va storto.',
};

/** Title of a finding's popover: what was found, without an article. */
const TITLES: Record<ContactKind, string> = {
  email: 'Indirizzo email',
  phone: 'Numero di telefono',
  url: 'Link',
  social: 'Account di messaggistica o social',
  meeting: 'Link per videochiamate',
  payment: 'Richiesta di pagamento fuori dalla piattaforma',
  intent: 'Proposta di continuare altrove',
};

const REMOVE_LINKS = pluralMessage(LOCALE, { one: 'Rimuovi il link', other: 'Rimuovi i link' });
const REMOVE_PAYMENT_REQUESTS = pluralMessage(LOCALE, { one: 'Rimuovi la richiesta di pagamento', other: 'Rimuovi le richieste di pagamento' });

/** One banner line for kinds under the same rule; several kinds share a line without naming them (the list above does). */
function rules(kinds: readonly ContactKind[], reason: PolicyReason, action: PolicyViolation['action'] = 'block'): string {
  const [kind] = kinds;
  // A warning sits next to "Send anyway": it advises, it doesn't forbid.
  if (action === 'warn') {
    if (reason === 'always') return 'I pagamenti sono protetti solo se passano dalla piattaforma.';
    if (kind === 'intent') return 'La cosa più sicura è continuare a scriversi qui fino all’inizio del contratto.';
    if (reason === 'until-contract') return 'La cosa più sicura è condividere questi dati dopo l’inizio del contratto.';
    return 'La piattaforma sconsiglia di condividere questi dati in questa fase.';
  }
  if (reason === 'always') return 'I pagamenti devono restare sulla piattaforma, anche durante un contratto.';
  if (reason === 'until-contract') return kind && (kinds.length === 1 || kind === 'intent') ? UNTIL_CONTRACT[kind] : 'Potrai condividere questi dati quando inizierà il contratto.';
  return 'In questa fase la piattaforma non lo consente.';
}

/** Italian, addressing the reader as "tu", as most Italian apps do. */
export const it: MessageCatalogue = {
  // No "yet": payments outside the platform are never allowed; the rule lines say when the others lift.
  blockedHeadline: 'Questo messaggio non può essere inviato',
  warnedHeadline: 'Controlla questo messaggio prima di inviarlo',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `Abbiamo trovato ${formatList(LOCALE, items)}.`,
  rule: (kind, reason, action) => rules([kind], reason, action),
  whyLabel: 'Perché?',
  whyText:
    'Tenere la conversazione e il pagamento sulla piattaforma protegge entrambi: i messaggi restano registrati, i pagamenti sono coperti ed è più facile fermare le truffe.',
  policyLinkLabel: 'Leggi le regole',
  composerLabel: 'Messaggio',
  composerPlaceholder: 'Scrivi un messaggio…',
  send: 'Invia',
  sendAnyway: 'Invia comunque',
  sending: 'Invio in corso…',
  sendFailed: 'Il messaggio non è stato inviato. Il tuo testo è ancora qui.',
  retry: 'Riprova',
  removeFlagged: 'Rimuovi i dati di contatto',
  charactersLeft: pluralMessage(LOCALE, { one: '# carattere rimasto', many: '# di caratteri rimasti', other: '# caratteri rimasti' }),
  reportTrigger: 'Segnala',
  reportTitle: 'Segnala questo messaggio',
  reportDescription: 'Dicci qual è il problema. Alleghiamo il messaggio e ciò che vi abbiamo trovato.',
  reportReasonsLabel: 'Motivo',
  reportReason: (reason) => REASONS[reason],
  reportNoteLabel: 'Aggiungi una nota (facoltativa)',
  reportSubmit: 'Invia segnalazione',
  reportCancel: 'Annulla',
  reportSending: 'Invio della segnalazione…',
  reportSent: 'Grazie, il nostro team esaminerà questo messaggio.',
  reportFailed: 'Non è stato possibile inviare la segnalazione. Riprova.',
  maskedDetail: (kind) => MASKED[kind],
  tooLong: pluralMessage(LOCALE, {
    one: 'Un messaggio può contenere al massimo # carattere.',
    many: 'Un messaggio può contenere al massimo # di caratteri.',
    other: 'Un messaggio può contenere al massimo # caratteri.',
  }),
  tooLongMasked: '[messaggio troppo lungo per essere mostrato]',
  maskedTooltip: 'I dati di contatto restano nascosti finché non inizia un contratto.',
  scamCautionTitle: 'Attenzione',
  scamCaution: ({ payment, offPlatform }) =>
    payment
      ? 'Questo messaggio chiede un pagamento fuori dalla piattaforma. I pagamenti fatti altrove non sono protetti.'
      : offPlatform
        ? 'Questo messaggio propone di continuare altrove. Le conversazioni fuori dalla piattaforma non sono protette.'
        : '',
  flaggedLabel: (kind) => `Rilevato: ${NOUNS[kind].single}`,
  // Issue 14 (banner and report).
  whyReason: (kind) => WHY[kind],
  reportBlockUser: 'Blocca anche questa persona',
  reportClose: 'Chiudi',
  reportDone: 'Segnalato',
  ruleForKinds: (kinds, reason, action) => rules(kinds, reason, action),
  // Composer: per-finding actions, removal and undo, a send that always explains itself.
  removeKinds: (kinds, count) => {
    if (kinds.length > 0 && kinds.every((kind) => kind === 'url' || kind === 'meeting')) return REMOVE_LINKS(count);
    if (kinds.length > 0 && kinds.every((kind) => kind === 'payment')) return REMOVE_PAYMENT_REQUESTS(count);
    return 'Rimuovi i dati di contatto';
  },
  removedNotice: 'Rimosso.',
  undo: 'Annulla',
  findingTitle: (kind) => TITLES[kind],
  findingRemove: 'Rimuovi',
  findingDispute: 'Non è un dato di contatto',
  disputedNotice: 'Grazie della segnalazione. Puoi inviare il messaggio dopo aver confermato.',
  sendRefused: 'Non inviato. L’avviso sotto il messaggio indica cosa cambiare.',
  confirmWarning: (kinds) => `Abbiamo trovato ${formatList(LOCALE, [...new Set(kinds)].map((kind) => NOUNS[kind].single))}. Scegli «Invia comunque» per inviare il messaggio così com’è, oppure modificalo.`,
  serverRejected: 'La piattaforma non ha accettato questo messaggio. Modifica le parti evidenziate per inviarlo.',
};
