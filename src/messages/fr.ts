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
  'suspicious-link': 'Contient un lien suspect',
  other: 'Autre motif',
};

/** French. Typography: a no-break space before `?` and `:`. */
export const fr: MessageCatalogue = {
  blockedHeadline: 'Ce message ne peut pas encore être envoyé',
  warnedHeadline: 'Vérifiez ce message avant de l’envoyer',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `Nous avons trouvé ${formatList(LOCALE, items)}.`,
  rule: (kind, reason) => {
    if (reason === 'always') return 'Les paiements doivent rester sur la plateforme, même pendant un contrat.';
    if (reason === 'until-contract') return UNTIL_CONTRACT[kind];
    return 'Ce n’est pas autorisé sur cette plateforme à ce stade.';
  },
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
};
