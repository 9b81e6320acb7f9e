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
  'suspicious-link': 'Zawiera podejrzany link',
  other: 'Inny powód',
};

/** Polish, addressing the reader informally ("Sprawdź"), as most Polish apps do. */
export const pl: MessageCatalogue = {
  blockedHeadline: 'Tej wiadomości nie można jeszcze wysłać',
  warnedHeadline: 'Sprawdź tę wiadomość przed wysłaniem',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `Wykryto: ${formatList(LOCALE, items)}.`,
  rule: (kind, reason) => {
    if (reason === 'always') return 'Płatności zawsze odbywają się przez platformę, także w trakcie umowy.';
    if (reason === 'until-contract') return UNTIL_CONTRACT[kind];
    return 'Na tym etapie platforma na to nie pozwala.';
  },
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
};
