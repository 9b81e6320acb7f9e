import type { ContactKind } from '../core/types.js';
import type { MessageCatalogue, ReportReason } from './index.js';
import { formatList, foundMessage, type KindNoun, pluralMessage } from './pluralMessage.js';

const LOCALE = 'de';

// Nominative after "Gefunden:", so the article never has to follow a verb's case.
const NOUNS: Record<ContactKind, KindNoun> = {
  email: { single: 'eine E-Mail-Adresse', counted: { one: '# E-Mail-Adresse', other: '# E-Mail-Adressen' } },
  phone: { single: 'eine Telefonnummer', counted: { one: '# Telefonnummer', other: '# Telefonnummern' } },
  url: { single: 'ein Link', counted: { one: '# Link', other: '# Links' } },
  social: { single: 'ein Messenger- oder Social-Media-Konto', counted: { one: '# Messenger- oder Social-Media-Konto', other: '# Messenger- oder Social-Media-Konten' } },
  meeting: { single: 'ein Link zu einem Videocall', counted: { one: '# Link zu einem Videocall', other: '# Links zu Videocalls' } },
  payment: {
    single: 'eine Zahlungsaufforderung außerhalb der Plattform',
    counted: { one: '# Zahlungsaufforderung außerhalb der Plattform', other: '# Zahlungsaufforderungen außerhalb der Plattform' },
  },
  intent: {
    single: 'ein Vorschlag, das Gespräch woanders fortzusetzen',
    counted: { one: '# Vorschlag, das Gespräch woanders fortzusetzen', other: '# Vorschläge, das Gespräch woanders fortzusetzen' },
  },
};

const UNTIL_CONTRACT: Record<ContactKind, string> = {
  email: 'E-Mail-Adressen können Sie austauschen, sobald der Vertrag beginnt.',
  phone: 'Telefonnummern können Sie austauschen, sobald der Vertrag beginnt.',
  url: 'Links können Sie teilen, sobald der Vertrag beginnt.',
  social: 'Messenger- und Social-Media-Konten können Sie austauschen, sobald der Vertrag beginnt.',
  meeting: 'Links zu Videocalls können Sie teilen, sobald der Vertrag beginnt.',
  payment: 'Zahlungen außerhalb der Plattform sind erst nach Vertragsbeginn möglich.',
  intent: 'Sobald der Vertrag beginnt, können Sie vereinbaren, woanders weiterzusprechen.',
};

const MASKED: Record<ContactKind, string> = {
  email: '[E-Mail-Adresse verborgen]',
  phone: '[Telefonnummer verborgen]',
  url: '[Link verborgen]',
  social: '[Konto verborgen]',
  meeting: '[Videocall-Link verborgen]',
  payment: '[Zahlungsaufforderung verborgen]',
  intent: '[Vorschlag verborgen]',
};

const REASONS: Record<ReportReason, string> = {
  'off-platform-contact': 'Möchte das Gespräch außerhalb der Plattform fortsetzen',
  'off-platform-payment': 'Verlangt eine Zahlung außerhalb der Plattform',
  'suspicious-link': 'Enthält einen verdächtigen Link',
  other: 'Etwas anderes',
};

/** German, addressing the reader as "Sie". */
export const de: MessageCatalogue = {
  blockedHeadline: 'Diese Nachricht kann noch nicht gesendet werden',
  warnedHeadline: 'Bitte prüfen Sie diese Nachricht vor dem Senden',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `Gefunden: ${formatList(LOCALE, items)}.`,
  rule: (kind, reason) => {
    if (reason === 'always') return 'Zahlungen laufen immer über die Plattform, auch während eines Vertrags.';
    if (reason === 'until-contract') return UNTIL_CONTRACT[kind];
    return 'Das ist auf dieser Plattform in dieser Phase nicht erlaubt.';
  },
  whyLabel: 'Warum?',
  whyText:
    'Wenn Gespräch und Zahlung auf der Plattform bleiben, sind Sie beide geschützt: Nachrichten bleiben nachvollziehbar, Zahlungen sind abgesichert und Betrug lässt sich leichter stoppen.',
  policyLinkLabel: 'Richtlinie lesen',
  composerLabel: 'Nachricht',
  composerPlaceholder: 'Nachricht schreiben…',
  send: 'Senden',
  sendAnyway: 'Trotzdem senden',
  sending: 'Wird gesendet…',
  sendFailed: 'Ihre Nachricht wurde nicht gesendet. Ihr Text ist noch da.',
  retry: 'Erneut versuchen',
  removeFlagged: 'Kontaktdaten entfernen',
  charactersLeft: pluralMessage(LOCALE, { one: 'Noch # Zeichen', other: 'Noch # Zeichen' }),
  reportTrigger: 'Melden',
  reportTitle: 'Diese Nachricht melden',
  reportDescription: 'Sagen Sie uns, was nicht stimmt. Die Nachricht und das, was wir darin gefunden haben, werden mitgeschickt.',
  reportReasonsLabel: 'Grund',
  reportReason: (reason) => REASONS[reason],
  reportNoteLabel: 'Anmerkung hinzufügen (optional)',
  reportSubmit: 'Meldung senden',
  reportCancel: 'Abbrechen',
  reportSending: 'Meldung wird gesendet…',
  reportSent: 'Danke – unser Team prüft diese Nachricht.',
  reportFailed: 'Die Meldung konnte nicht gesendet werden. Bitte versuchen Sie es erneut.',
  maskedDetail: (kind) => MASKED[kind],
  tooLong: pluralMessage(LOCALE, { one: 'Nachrichten dürfen höchstens # Zeichen lang sein.', other: 'Nachrichten dürfen höchstens # Zeichen lang sein.' }),
  tooLongMasked: '[Nachricht zu lang für die Anzeige]',
  maskedTooltip: 'Kontaktdaten bleiben verborgen, bis ein Vertrag beginnt.',
  scamCautionTitle: 'Vorsicht',
  scamCaution: ({ payment, offPlatform }) =>
    payment
      ? 'Diese Nachricht verlangt eine Zahlung außerhalb der Plattform. Zahlungen auf anderen Wegen sind nicht geschützt.'
      : offPlatform
        ? 'Diese Nachricht schlägt vor, woanders weiterzuschreiben. Gespräche außerhalb der Plattform sind nicht geschützt.'
        : '',
  flaggedLabel: (kind) => `Markiert: ${NOUNS[kind].single}`,
};
