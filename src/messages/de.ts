import type { PolicyReason, PolicyViolation } from '../core/policy/policyTypes.js';
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
  scam: 'Betrug oder Abzocke',
  'suspicious-link': 'Enthält einen verdächtigen Link',
  other: 'Etwas anderes',
};

/** The "Why?" per kind: what the rule protects, not what the person did. */
const WHY: Record<ContactKind, string> = {
  phone: 'Bei Anrufen und SMS gibt es hier keinen Verlauf, falls etwas schiefgeht.',
  email: 'Bei E-Mails gibt es hier keinen Verlauf, falls etwas schiefgeht.',
  url: 'Links können auf gefälschte Anmelde- oder Zahlungsseiten führen.',
  social: 'Chats in anderen Apps werden hier nicht festgehalten, und Betrug geht oft genau dort weiter.',
  meeting: 'Bei Calls über externe Tools ist nicht festgehalten, was Sie vereinbart haben.',
  payment: 'Zahlungen außerhalb der Plattform sind nicht abgesichert und lassen sich meist nicht zurückholen.',
  intent: 'Außerhalb der Plattform gibt es keinen Verlauf, und die Plattform kann nicht helfen, wenn etwas schiefgeht.',
};

/** Title of a finding's popover: what was found, without an article. */
const TITLES: Record<ContactKind, string> = {
  email: 'E-Mail-Adresse',
  phone: 'Telefonnummer',
  url: 'Link',
  social: 'Messenger- oder Social-Media-Konto',
  meeting: 'Videocall-Link',
  payment: 'Zahlungsaufforderung außerhalb der Plattform',
  intent: 'Vorschlag, woanders weiterzusprechen',
};

const REMOVE_LINKS = pluralMessage(LOCALE, { one: 'Link entfernen', other: 'Links entfernen' });
const REMOVE_PAYMENT_REQUESTS = pluralMessage(LOCALE, { one: 'Zahlungsaufforderung entfernen', other: 'Zahlungsaufforderungen entfernen' });

/** One banner line for kinds under the same rule; several kinds share a line without naming them (the list above does). */
function rules(kinds: readonly ContactKind[], reason: PolicyReason, action: PolicyViolation['action'] = 'block'): string {
  const [kind] = kinds;
  // A warning sits next to "Send anyway": it advises, it doesn't forbid.
  if (action === 'warn') {
    if (reason === 'always') return 'Zahlungen sind nur geschützt, wenn sie über die Plattform laufen.';
    if (kind === 'intent') return 'Am sichersten ist es, bis zum Vertragsbeginn hier weiterzuschreiben.';
    if (reason === 'until-contract') return 'Am sichersten teilen Sie solche Angaben erst, wenn der Vertrag beginnt.';
    return 'Die Plattform rät davon ab, solche Angaben in dieser Phase zu teilen.';
  }
  if (reason === 'always') return 'Zahlungen laufen immer über die Plattform, auch während eines Vertrags.';
  if (reason === 'until-contract') return kind && (kinds.length === 1 || kind === 'intent') ? UNTIL_CONTRACT[kind] : 'Diese Angaben können Sie austauschen, sobald der Vertrag beginnt.';
  return 'Das ist auf dieser Plattform in dieser Phase nicht erlaubt.';
}

/** German, addressing the reader as "Sie". */
export const de: MessageCatalogue = {
  // No "yet": payments outside the platform are never allowed; the rule lines say when the others lift.
  blockedHeadline: 'Diese Nachricht kann nicht gesendet werden',
  warnedHeadline: 'Bitte prüfen Sie diese Nachricht vor dem Senden',
  found: foundMessage(LOCALE, NOUNS),
  foundSentence: (items) => `Gefunden: ${formatList(LOCALE, items)}.`,
  rule: (kind, reason, action) => rules([kind], reason, action),
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
  // Issue 14 (banner and report).
  whyReason: (kind) => WHY[kind],
  reportBlockUser: 'Diese Person auch blockieren',
  reportClose: 'Schließen',
  reportDone: 'Gemeldet',
  ruleForKinds: (kinds, reason, action) => rules(kinds, reason, action),
  // Composer: per-finding actions, removal and undo, a send that always explains itself.
  removeKinds: (kinds, count) => {
    if (kinds.length > 0 && kinds.every((kind) => kind === 'url' || kind === 'meeting')) return REMOVE_LINKS(count);
    if (kinds.length > 0 && kinds.every((kind) => kind === 'payment')) return REMOVE_PAYMENT_REQUESTS(count);
    return 'Kontaktdaten entfernen';
  },
  removedNotice: 'Entfernt.',
  undo: 'Rückgängig',
  findingTitle: (kind) => TITLES[kind],
  findingRemove: 'Entfernen',
  findingDispute: 'Das sind keine Kontaktdaten',
  disputedNotice: 'Danke für den Hinweis. Sie können die Nachricht nach einer Bestätigung senden.',
  sendRefused: 'Nicht gesendet. Der Hinweis unter der Nachricht sagt, was zu ändern ist.',
  confirmWarning: (kinds) => `Gefunden: ${formatList(LOCALE, [...new Set(kinds)].map((kind) => NOUNS[kind].single))}. Wählen Sie „Trotzdem senden“, um die Nachricht so zu senden, oder bearbeiten Sie sie.`,
  serverRejected: 'Die Plattform hat diese Nachricht nicht angenommen. Bearbeiten Sie die markierten Stellen, um sie zu senden.',
};
