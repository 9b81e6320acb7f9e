import type { PolicyReason, PolicyViolation } from '../core/policy/policyTypes.js';
import type { ContactKind } from '../core/types.js';
import type { MessageCatalogue, ReportReason } from './index.js';
import { formatList, foundMessage, type KindNoun, pluralMessage } from './pluralMessage.js';

const LOCALE = 'pl';

// Polish plurals: `one` (1), `few` (2–4, 22–24…), `many` (5–21, 25–31…), `other` (fractions).
// Nouns are in the accusative: they follow "Wykryto:" and "Oznaczono:".
const NOUNS: Record<ContactKind, KindNoun> = {
  email: { single: 'adres e-mail', counted: { one: '# adres e-mail', few: '# adresy e-mail', many: '# adresów e-mail', other: '# adresu e-mail' } },
  phone: { single: 'numer telefonu', counted: { one: '# numer telefonu', few: '# numery telefonu', many: '# numerów telefonu', other: '# numeru telefonu' } },
  url: { single: 'link', counted: { one: '# link', few: '# linki', many: '# linków', other: '# linku' } },
  social: {
    single: 'konto w komunikatorze lub serwisie społecznościowym',
    counted: {
      one: '# konto w komunikatorze lub serwisie społecznościowym',
      few: '# konta w komunikatorach lub serwisach społecznościowych',
      many: '# kont w komunikatorach lub serwisach społecznościowych',
      other: '# konta w komunikatorach lub serwisach społecznościowych',
    },
  },
  meeting: {
    single: 'link do spotkania online',
    counted: { one: '# link do spotkania online', few: '# linki do spotkań online', many: '# linków do spotkań online', other: '# linku do spotkań online' },
  },
  payment: {
    single: 'prośbę o płatność poza platformą',
    counted: {
      one: '# prośbę o płatność poza platformą',
      few: '# prośby o płatność poza platformą',
      many: '# próśb o płatność poza platformą',
      other: '# prośby o płatność poza platformą',
    },
  },
  intent: {
    single: 'propozycję kontaktu poza platformą',
    counted: {
      one: '# propozycję kontaktu poza platformą',
      few: '# propozycje kontaktu poza platformą',
      many: '# propozycji kontaktu poza platformą',
      other: '# propozycji kontaktu poza platformą',
    },
  },
};

const UNTIL_CONTRACT: Record<ContactKind, string> = {
  email: 'Adresy e-mail można wymieniać po rozpoczęciu umowy.',
  phone: 'Numery telefonów można wymieniać po rozpoczęciu umowy.',
  url: 'Linki można udostępniać po rozpoczęciu umowy.',
  social: 'Konta w komunikatorach i serwisach społecznościowych można wymieniać po rozpoczęciu umowy.',
  meeting: 'Linki do spotkań online można udostępniać po rozpoczęciu umowy.',
  payment: 'O płatność poza platformą można prosić dopiero po rozpoczęciu umowy.',
  intent: 'Na kontakt poza platformą można się umówić po rozpoczęciu umowy.',
};

const MASKED: Record<ContactKind, string> = {
  email: '[adres e-mail ukryty]',
  phone: '[numer telefonu ukryty]',
  url: '[link ukryty]',
  social: '[konto ukryte]',
  meeting: '[link do spotkania ukryty]',
  payment: '[prośba o płatność ukryta]',
  intent: '[propozycja ukryta]',
};

const REASONS: Record<ReportReason, string> = {
  'off-platform-contact': 'Proponuje przeniesienie rozmowy poza platformę',
  'off-platform-payment': 'Prosi o płatność poza platformą',
  scam: 'Oszustwo lub wyłudzenie',
  'suspicious-link': 'Zawiera podejrzany link',
  other: 'Inny powód',
};

/** The "Why?" per kind: what the rule protects, not what the person did. */
const WHY: Record<ContactKind, string> = {
  phone: 'Po rozmowach i SMS-ach nie zostaje tu żaden ślad, gdyby coś poszło nie tak.',
  email: 'Po e-mailach nie zostaje tu żaden ślad, gdyby coś poszło nie tak.',
  url: 'Linki mogą prowadzić do fałszywych stron logowania lub płatności.',
  social: 'Po czatach w innych aplikacjach nie zostaje tu ślad, a oszustwa często toczą się właśnie tam.',
  meeting: 'Po rozmowach w zewnętrznych narzędziach nie zostaje ślad tego, co ustaliliście.',
  payment: 'Płatności poza platformą nie są chronione i zwykle nie da się ich odzyskać.',
  intent: 'Poza platformą nic nie zostaje zapisane, a platforma nie pomoże, gdy coś pójdzie nie tak.',
};

/** Title of a finding's popover: what was found, without an article. */
const TITLES: Record<ContactKind, string> = {
  email: 'Adres e-mail',
  phone: 'Numer telefonu',
  url: 'Link',
  social: 'Konto w komunikatorze lub serwisie społecznościowym',
  meeting: 'Link do spotkania online',
  payment: 'Prośba o płatność poza platformą',
  intent: 'Propozycja kontaktu poza platformą',
};

const REMOVE_LINKS = pluralMessage(LOCALE, { one: 'Usuń link', few: 'Usuń linki', many: 'Usuń linki', other: 'Usuń linki' });
const REMOVE_PAYMENT_REQUESTS = pluralMessage(LOCALE, { one: 'Usuń prośbę o płatność', few: 'Usuń prośby o płatność', many: 'Usuń prośby o płatność', other: 'Usuń prośby o płatność' });

/** One banner line for kinds under the same rule; several kinds share a line without naming them (the list above does). */
function rules(kinds: readonly ContactKind[], reason: PolicyReason, action: PolicyViolation['action'] = 'block'): string {
  const [kind] = kinds;
  // A warning sits next to "Send anyway": it advises, it doesn't forbid.
  if (action === 'warn') {
    if (reason === 'always') return 'Płatności są chronione tylko wtedy, gdy przechodzą przez platformę.';
    if (kind === 'intent') return 'Najbezpieczniej jest rozmawiać tutaj do rozpoczęcia umowy.';
    if (reason === 'until-contract') return 'Najbezpieczniej jest udostępnić te dane dopiero po rozpoczęciu umowy.';
    return 'Platforma odradza udostępnianie tych danych na tym etapie.';
  }
  if (reason === 'always') return 'Płatności zawsze odbywają się przez platformę, także w trakcie umowy.';
  if (reason === 'until-contract') return kind && (kinds.length === 1 || kind === 'intent') ? UNTIL_CONTRACT[kind] : 'Te dane możesz udostępnić po rozpoczęciu umowy.';
  return 'Na tym etapie platforma na to nie pozwala.';
}

/** Polish, addressing the reader informally ("Sprawdź"), as most Polish apps do. */
export const pl: MessageCatalogue = {
  // No "yet": payments outside the platform are never allowed; the rule lines say when the others lift.
  blockedHeadline: 'Tej wiadomości nie można wysłać',
  warnedHeadline: 'Sprawdź tę wiadomość przed wysłaniem',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `Wykryto: ${formatList(LOCALE, items)}.`,
  rule: (kind, reason, action) => rules([kind], reason, action),
  whyLabel: 'Dlaczego?',
  whyText:
    'Rozmowa i płatność na platformie chronią was oboje: wiadomości zostają zapisane, płatności są zabezpieczone, a oszustwa łatwiej powstrzymać.',
  policyLinkLabel: 'Przeczytaj zasady',
  composerLabel: 'Wiadomość',
  composerPlaceholder: 'Napisz wiadomość…',
  send: 'Wyślij',
  sendAnyway: 'Wyślij mimo to',
  sending: 'Wysyłanie…',
  sendFailed: 'Wiadomość nie została wysłana. Twój tekst nadal tu jest.',
  retry: 'Spróbuj ponownie',
  removeFlagged: 'Usuń dane kontaktowe',
  charactersLeft: pluralMessage(LOCALE, { one: 'Został # znak', few: 'Zostały # znaki', many: 'Zostało # znaków', other: 'Zostało # znaku' }),
  reportTrigger: 'Zgłoś',
  reportTitle: 'Zgłoś tę wiadomość',
  reportDescription: 'Napisz, co jest nie tak. Dołączymy wiadomość i to, co w niej wykryliśmy.',
  reportReasonsLabel: 'Powód',
  reportReason: (reason) => REASONS[reason],
  reportNoteLabel: 'Dodaj komentarz (opcjonalnie)',
  reportSubmit: 'Wyślij zgłoszenie',
  reportCancel: 'Anuluj',
  reportSending: 'Wysyłanie zgłoszenia…',
  reportSent: 'Dziękujemy — nasz zespół sprawdzi tę wiadomość.',
  reportFailed: 'Nie udało się wysłać zgłoszenia. Spróbuj ponownie.',
  maskedDetail: (kind) => MASKED[kind],
  tooLong: pluralMessage(LOCALE, {
    one: 'Wiadomość może mieć najwyżej # znak.',
    few: 'Wiadomość może mieć najwyżej # znaki.',
    many: 'Wiadomość może mieć najwyżej # znaków.',
    other: 'Wiadomość może mieć najwyżej # znaku.',
  }),
  tooLongMasked: '[wiadomość jest za długa, by ją wyświetlić]',
  maskedTooltip: 'Dane kontaktowe są ukryte do czasu rozpoczęcia umowy.',
  scamCautionTitle: 'Zachowaj ostrożność',
  scamCaution: ({ payment, offPlatform }) =>
    payment
      ? 'Ta wiadomość zawiera prośbę o płatność poza platformą. Płatności poza platformą nie są chronione.'
      : offPlatform
        ? 'Ta wiadomość proponuje kontakt poza platformą. Rozmowy poza platformą nie są chronione.'
        : '',
  flaggedLabel: (kind) => `Oznaczono: ${NOUNS[kind].single}`,
  // Issue 14 (banner and report).
  whyReason: (kind) => WHY[kind],
  reportBlockUser: 'Zablokuj też tę osobę',
  reportClose: 'Zamknij',
  reportDone: 'Zgłoszono',
  ruleForKinds: (kinds, reason, action) => rules(kinds, reason, action),
  // Composer: per-finding actions, removal and undo, a send that always explains itself.
  removeKinds: (kinds, count) => {
    if (kinds.length > 0 && kinds.every((kind) => kind === 'url' || kind === 'meeting')) return REMOVE_LINKS(count);
    if (kinds.length > 0 && kinds.every((kind) => kind === 'payment')) return REMOVE_PAYMENT_REQUESTS(count);
    return 'Usuń dane kontaktowe';
  },
  removedNotice: 'Usunięto.',
  undo: 'Cofnij',
  findingTitle: (kind) => TITLES[kind],
  findingRemove: 'Usuń',
  findingDispute: 'To nie są dane kontaktowe',
  disputedNotice: 'Dziękujemy za informację. Możesz wysłać wiadomość po potwierdzeniu.',
  sendRefused: 'Nie wysłano. Komunikat pod wiadomością mówi, co zmienić.',
  confirmWarning: (kinds) => `Wykryto: ${formatList(LOCALE, [...new Set(kinds)].map((kind) => NOUNS[kind].single))}. Wybierz „Wyślij mimo to”, aby wysłać wiadomość bez zmian, albo ją popraw.`,
  serverRejected: 'Platforma nie przyjęła tej wiadomości. Popraw wyróżnione fragmenty, aby ją wysłać.',
};
