import { maskedDetailText, TOO_LONG_MASK } from '../core/defaultMasks.js';
import type { PolicyReason, PolicyViolation } from '../core/policy/policyTypes.js';
import type { ContactKind } from '../core/types.js';
import type { Messages, ReportReason } from './messages.js';

const NOUNS: Record<ContactKind, [string, string]> = {
  email: ['an email address', 'email addresses'],
  phone: ['a phone number', 'phone numbers'],
  url: ['a link', 'links'],
  social: ['a messaging or social handle', 'messaging or social handles'],
  meeting: ['a meeting link', 'meeting links'],
  payment: ['a payment request outside the platform', 'payment requests outside the platform'],
  intent: ['a suggestion to continue elsewhere', 'suggestions to continue elsewhere'],
};

/** The "Why?" per kind: what the rule protects, not what the person did. */
const WHY: Record<ContactKind, string> = {
  phone: 'Calls and texts leave no record here if something goes wrong.',
  email: 'Emails leave no record here if something goes wrong.',
  url: 'Links can lead to fake login or payment pages.',
  social: 'Chats on other apps leave no record here, and scams often continue there.',
  meeting: 'Calls on outside tools leave no record of what you agreed.',
  payment: 'Payments made outside the platform aren’t covered and usually can’t be recovered.',
  intent: 'Elsewhere, there is no record and the platform can’t help if something goes wrong.',
};

const REASONS: Record<ReportReason, string> = {
  'off-platform-contact': 'Asks to move the conversation off the platform',
  'off-platform-payment': 'Asks for payment outside the platform',
  scam: 'Scam or fraud',
  'suspicious-link': 'Contains a suspicious link',
  other: 'Something else',
};

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** One line for kinds under the same rule: "You can share phone numbers and email addresses once the contract starts." */
function rules(kinds: readonly ContactKind[], reason: PolicyReason, action: PolicyViolation['action'] = 'block'): string {
  const nouns = list(kinds.map((kind) => NOUNS[kind][1]));
  // A warning sits next to "Send anyway": it advises, it doesn't say "you can't".
  if (action === 'warn') {
    if (reason === 'always') return 'Payments are only protected when they go through the platform.';
    if (kinds[0] === 'intent') return 'It’s safest to keep talking here until the contract starts.';
    if (reason === 'until-contract') return `It’s safest to share ${nouns} once the contract starts.`;
    return `The platform advises against sharing ${nouns} at this stage.`;
  }
  if (reason === 'always') return 'Payments must stay on the platform, even during a contract.';
  if (reason === 'until-contract') {
    if (kinds[0] === 'intent') return 'You can arrange to talk elsewhere once the contract starts.';
    return `You can share ${nouns} once the contract starts.`;
  }
  return `This platform doesn’t allow ${nouns} at this stage.`;
}

export const en: Messages = {
  // No "yet": some rules (payments) never lift; the rule lines say when the others do.
  blockedHeadline: 'This message can’t be sent',
  warnedHeadline: 'Check this message before sending',
  found: (kind, count) => (count === 1 ? NOUNS[kind][0] : `${count} ${NOUNS[kind][1]}`),
  foundSentence: (items) => `We found ${list(items)}.`,
  rule: (kind, reason, action) => rules([kind], reason, action),
  whyLabel: 'Why?',
  whyText:
    'Keeping the conversation and payment on the platform protects both of you: messages stay on record, payments are covered, and scams are easier to stop.',
  policyLinkLabel: 'Read the policy',
  composerLabel: 'Message',
  composerPlaceholder: 'Write a message…',
  send: 'Send',
  sendAnyway: 'Send anyway',
  sending: 'Sending…',
  sendFailed: 'Your message wasn’t sent. Your text is still here.',
  retry: 'Retry',
  removeFlagged: 'Remove contact details',
  charactersLeft: (count) => (count === 1 ? '1 character left' : `${count} characters left`),
  reportTrigger: 'Report',
  reportTitle: 'Report this message',
  reportDescription: 'Tell us what’s wrong. The message and what we found in it are attached.',
  reportReasonsLabel: 'Reason',
  reportReason: (reason) => REASONS[reason],
  reportNoteLabel: 'Add a note (optional)',
  reportSubmit: 'Send report',
  reportCancel: 'Cancel',
  reportSending: 'Sending report…',
  reportSent: 'Thanks — our team will review this message.',
  reportFailed: 'The report couldn’t be sent. Please try again.',
  // Core's own wording: a message masked on a server reads the same as here.
  maskedDetail: maskedDetailText,
  tooLong: (maxLength) => `Messages can be at most ${maxLength.toLocaleString('en')} characters long.`,
  tooLongMasked: TOO_LONG_MASK,
  maskedTooltip: 'Contact details are hidden until a contract starts.',
  scamCautionTitle: 'Stay safe',
  scamCaution: ({ payment, offPlatform }) =>
    payment
      ? 'This message asks for payment outside the platform. Payments made elsewhere aren’t protected.'
      : offPlatform
        ? 'This message asks to continue elsewhere. Conversations off the platform aren’t protected.'
        : '',
  flaggedLabel: (kind) => `Flagged: ${NOUNS[kind][0]}`,
  // Issue 14 (banner and report).
  whyReason: (kind) => WHY[kind],
  reportBlockUser: 'Also block this person',
  reportClose: 'Close',
  reportDone: 'Reported',
  ruleForKinds: (kinds, reason, action) => rules(kinds, reason, action),
  // Composer: per-finding actions, removal and undo, a send that always explains itself.
  removeKinds: (kinds, count) => {
    const plural = count > 1 ? 's' : '';
    if (kinds.length > 0 && kinds.every((kind) => kind === 'url' || kind === 'meeting')) return `Remove link${plural}`;
    if (kinds.length > 0 && kinds.every((kind) => kind === 'payment')) return `Remove payment request${plural}`;
    return 'Remove contact details';
  },
  removedNotice: 'Removed.',
  undo: 'Undo',
  findingTitle: (kind) => NOUNS[kind][0].replace(/^an? /, '').replace(/^./, (first) => first.toUpperCase()),
  findingRemove: 'Remove',
  findingDispute: 'This isn’t contact info',
  disputedNotice: 'Thanks for telling us. You can send the message after confirming.',
  sendRefused: 'Not sent. The notice below the message says what to change.',
  confirmWarning: (kinds) =>
    `This message includes ${list([...new Set(kinds)].map((kind) => NOUNS[kind][0]))}. Select “Send anyway” to send it as it is, or edit it.`,
  serverRejected: 'The platform didn’t accept this message. Edit the highlighted parts to send it.',
};
