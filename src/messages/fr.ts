import type { PolicyReason, PolicyViolation } from '../core/policy/policyTypes.js';
import type { ContactKind } from '../core/types.js';
import type { MessageCatalogue, ReportReason } from './index.js';
import { formatList, foundMessage, type KindNoun, pluralMessage } from './pluralMessage.js';

const LOCALE = 'fr';

// French plurals: `one` (0 and 1), `many` (whole millions: "1 000 000 de liens"), `other`.
const NOUNS: Record<ContactKind, KindNoun> = {
  email: { single: 'une adresse e-mail', counted: { one: '# adresse e-mail', many: '# d’adresses e-mail', other: '# adresses e-mail' } },
  phone: { single: 'un numéro de téléphone', counted: { one: '# numéro de téléphone', many: '# de numéros de téléphone', other: '# numéros de téléphone' } },
  url: { single: 'un lien', counted: { one: '# lien', many: '# de liens', other: '# liens' } },
  social: {
    single: 'un identifiant de messagerie ou de réseau social',
    counted: {
      one: '# identifiant de messagerie ou de réseau social',
      many: '# d’identifiants de messagerie ou de réseau social',
      other: '# identifiants de messagerie ou de réseau social',
    },
  },
  meeting: { single: 'un lien de visioconférence', counted: { one: '# lien de visioconférence', many: '# de liens de visioconférence', other: '# liens de visioconférence' } },
  payment: {
    single: 'une demande de paiement hors plateforme',
    counted: { one: '# demande de paiement hors plateforme', many: '# de demandes de paiement hors plateforme', other: '# demandes de paiement hors plateforme' },
  },
  intent: {
    single: 'une proposition de continuer ailleurs',
    counted: { one: '# proposition de continuer ailleurs', many: '# de propositions de continuer ailleurs', other: '# propositions de continuer ailleurs' },
  },
};

const UNTIL_CONTRACT: Record<ContactKind, string> = {
  email: 'Vous pourrez échanger des adresses e-mail dès le début du contrat.',
  phone: 'Vous pourrez échanger des numéros de téléphone dès le début du contrat.',
  url: 'Vous pourrez partager des liens dès le début du contrat.',
  social: 'Vous pourrez échanger vos identifiants de messagerie ou de réseau social dès le début du contrat.',
  meeting: 'Vous pourrez partager des liens de visioconférence dès le début du contrat.',
  payment: 'Les demandes de paiement hors plateforme ne seront possibles qu’une fois le contrat commencé.',
  intent: 'Vous pourrez convenir d’échanger ailleurs dès le début du contrat.',
};

const MASKED: Record<ContactKind, string> = {
  email: '[adresse e-mail masquée]',
  phone: '[numéro de téléphone masqué]',
  url: '[lien masqué]',
  social: '[identifiant masqué]',
  meeting: '[lien de visioconférence masqué]',
  payment: '[demande de paiement masquée]',
  intent: '[proposition masquée]',
};

const REASONS: Record<ReportReason, string> = {
  'off-platform-contact': 'Propose de poursuivre la conversation hors de la plateforme',
  'off-platform-payment': 'Demande un paiement hors de la plateforme',
  scam: 'Arnaque ou fraude',
  'suspicious-link': 'Contient un lien suspect',
  other: 'Autre motif',
};

/** The "Why?" per kind: what the rule protects, not what the person did. */
const WHY: Record<ContactKind, string> = {
  phone: 'Les appels et les SMS ne laissent aucune trace ici en cas de problème.',
  email: 'Les e-mails ne laissent aucune trace ici en cas de problème.',
  url: 'Un lien peut mener vers une fausse page de connexion ou de paiement.',
  social: 'Les échanges sur d’autres applis ne laissent aucune trace ici, et c’est souvent là que les arnaques se poursuivent.',
  meeting: 'Les appels sur des outils externes ne gardent aucune trace de ce qui a été convenu.',
  payment: 'Les paiements faits hors de la plateforme ne sont pas couverts et sont rarement récupérables.',
  intent: 'Ailleurs, il n’y a aucune trace et la plateforme ne peut pas vous aider en cas de problème.',
};

/** Title of a finding's popover: what was found, without an article. */
const TITLES: Record<ContactKind, string> = {
  email: 'Adresse e-mail',
  phone: 'Numéro de téléphone',
  url: 'Lien',
  social: 'Identifiant de messagerie ou de réseau social',
  meeting: 'Lien de visioconférence',
  payment: 'Demande de paiement hors plateforme',
  intent: 'Proposition de continuer ailleurs',
};

const REMOVE_LINKS = pluralMessage(LOCALE, { one: 'Retirer le lien', other: 'Retirer les liens' });
const REMOVE_PAYMENT_REQUESTS = pluralMessage(LOCALE, { one: 'Retirer la demande de paiement', other: 'Retirer les demandes de paiement' });

/** One banner line for kinds under the same rule; several kinds share a line without naming them (the list above does). */
function rules(kinds: readonly ContactKind[], reason: PolicyReason, action: PolicyViolation['action'] = 'block'): string {
  const [kind] = kinds;
  // A warning sits next to "Send anyway": it advises, it doesn't forbid.
  if (action === 'warn') {
    if (reason === 'always') return 'Les paiements ne sont protégés que s’ils passent par la plateforme.';
    if (kind === 'intent') return 'Le plus sûr est de continuer à échanger ici jusqu’au début du contrat.';
    if (reason === 'until-contract') return 'Le plus sûr est d’attendre le début du contrat pour partager ces informations.';
    return 'La plateforme déconseille de partager ces informations à ce stade.';
  }
  if (reason === 'always') return 'Les paiements doivent rester sur la plateforme, même pendant un contrat.';
  if (reason === 'until-contract') return kind && (kinds.length === 1 || kind === 'intent') ? UNTIL_CONTRACT[kind] : 'Vous pourrez partager ces informations dès le début du contrat.';
  return 'Ce n’est pas autorisé sur cette plateforme à ce stade.';
}

/** French. Typography: a no-break space before `?` and `:`. */
export const fr: MessageCatalogue = {
  // No "yet": payments outside the platform are never allowed; the rule lines say when the others lift.
  blockedHeadline: 'Ce message ne peut pas être envoyé',
  warnedHeadline: 'Vérifiez ce message avant de l’envoyer',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `Nous avons trouvé ${formatList(LOCALE, items)}.`,
  rule: (kind, reason, action) => rules([kind], reason, action),
  whyLabel: 'Pourquoi\u00a0?',
  whyText:
    'Garder la conversation et le paiement sur la plateforme vous protège tous les deux\u00a0: les messages restent consultables, les paiements sont couverts et les arnaques sont plus faciles à stopper.',
  policyLinkLabel: 'Lire le règlement',
  composerLabel: 'Message',
  composerPlaceholder: 'Écrivez un message…',
  send: 'Envoyer',
  sendAnyway: 'Envoyer quand même',
  sending: 'Envoi en cours…',
  sendFailed: 'Votre message n’a pas été envoyé. Votre texte est toujours là.',
  retry: 'Réessayer',
  removeFlagged: 'Retirer les coordonnées',
  charactersLeft: pluralMessage(LOCALE, { one: '# caractère restant', many: '# de caractères restants', other: '# caractères restants' }),
  reportTrigger: 'Signaler',
  reportTitle: 'Signaler ce message',
  reportDescription: 'Dites-nous ce qui ne va pas. Le message et ce que nous y avons trouvé seront joints.',
  reportReasonsLabel: 'Motif',
  reportReason: (reason) => REASONS[reason],
  reportNoteLabel: 'Ajouter une remarque (facultatif)',
  reportSubmit: 'Envoyer le signalement',
  reportCancel: 'Annuler',
  reportSending: 'Envoi du signalement…',
  reportSent: 'Merci, notre équipe va examiner ce message.',
  reportFailed: 'Le signalement n’a pas pu être envoyé. Veuillez réessayer.',
  maskedDetail: (kind) => MASKED[kind],
  tooLong: pluralMessage(LOCALE, {
    one: 'Un message peut contenir au maximum # caractère.',
    many: 'Un message peut contenir au maximum # de caractères.',
    other: 'Un message peut contenir au maximum # caractères.',
  }),
  tooLongMasked: '[message trop long pour être affiché]',
  maskedTooltip: 'Les coordonnées restent masquées jusqu’au début d’un contrat.',
  scamCautionTitle: 'Prudence',
  scamCaution: ({ payment, offPlatform }) =>
    payment
      ? 'Ce message demande un paiement hors de la plateforme. Les paiements effectués ailleurs ne sont pas protégés.'
      : offPlatform
        ? 'Ce message propose de poursuivre ailleurs. Les conversations hors de la plateforme ne sont pas protégées.'
        : '',
  flaggedLabel: (kind) => `Détecté\u00a0: ${NOUNS[kind].single}`,
  // Issue 14 (banner and report).
  whyReason: (kind) => WHY[kind],
  reportBlockUser: 'Bloquer aussi cette personne',
  reportClose: 'Fermer',
  reportDone: 'Signalé',
  ruleForKinds: (kinds, reason, action) => rules(kinds, reason, action),
  // Composer: per-finding actions, removal and undo, a send that always explains itself.
  removeKinds: (kinds, count) => {
    if (kinds.length > 0 && kinds.every((kind) => kind === 'url' || kind === 'meeting')) return REMOVE_LINKS(count);
    if (kinds.length > 0 && kinds.every((kind) => kind === 'payment')) return REMOVE_PAYMENT_REQUESTS(count);
    return 'Retirer les coordonnées';
  },
  removedNotice: 'Retiré.',
  undo: 'Annuler',
  findingTitle: (kind) => TITLES[kind],
  findingRemove: 'Retirer',
  findingDispute: 'Ce n’est pas une coordonnée',
  disputedNotice: 'Merci de nous l’avoir signalé. Vous pourrez envoyer le message après confirmation.',
  sendRefused: 'Message non envoyé. L’avis sous le message indique quoi modifier.',
  confirmWarning: (kinds) => `Nous avons trouvé ${formatList(LOCALE, [...new Set(kinds)].map((kind) => NOUNS[kind].single))}. Choisissez «\u00a0Envoyer quand même\u00a0» pour envoyer le message tel quel, ou modifiez-le.`,
  serverRejected: 'La plateforme n’a pas accepté ce message. Modifiez les passages signalés pour l’envoyer.',
};
