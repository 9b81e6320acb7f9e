import type { ContactKind } from '../core/types.js';
import type { PolicyReason, PolicyViolation } from '../core/policy/policyTypes.js';

export type ReportReason = 'off-platform-contact' | 'off-platform-payment' | 'scam' | 'suspicious-link' | 'other';

/** Every piece of copy the components show. Override any key through the provider or a prop. */
export interface Messages {
  /** Banner headline for a blocked message. */
  blockedHeadline: string;
  /** Banner headline for a message that needs a confirmation. */
  warnedHeadline: string;
  /** What was found, per kind, for a count: "a phone number", "2 phone numbers". */
  found: (kind: ContactKind, count: number) => string;
  /**
   * When the rule lifts: "You can share phone numbers once the contract starts." For a warning
   * (`action: 'warn'`, sent with "Send anyway") it advises instead of forbidding.
   */
  rule: (kind: ContactKind, reason: PolicyReason, action?: PolicyViolation['action']) => string;
  /** "We found a phone number and an email address." */
  foundSentence: (items: readonly string[]) => string;
  whyLabel: string;
  whyText: string;
  policyLinkLabel: string;
  composerLabel: string;
  composerPlaceholder: string;
  send: string;
  sendAnyway: string;
  sending: string;
  sendFailed: string;
  retry: string;
  removeFlagged: string;
  charactersLeft: (count: number) => string;
  reportTrigger: string;
  reportTitle: string;
  reportDescription: string;
  reportReasonsLabel: string;
  reportReason: (reason: ReportReason) => string;
  reportNoteLabel: string;
  reportSubmit: string;
  reportCancel: string;
  reportSending: string;
  reportSent: string;
  reportFailed: string;
  maskedDetail: (kind: ContactKind) => string;
  /** Banner line for a message over the length limit (`CheckMessageResult.tooLong`). */
  tooLong: (maxLength: number) => string;
  /** Shown in place of a received message over the length limit: it was not checked, so it is not shown. */
  tooLongMasked: string;
  maskedTooltip: string;
  scamCautionTitle: string;
  scamCaution: (kinds: { payment: boolean; offPlatform: boolean }) => string;
  flaggedLabel: (kind: ContactKind) => string;
  // Issue 14 (banner and report): "Why?" per kind, blocking the sender, the thank-you state.
  /** The "Why?" disclosure: why the platform objects to this kind of detail. */
  whyReason: (kind: ContactKind) => string;
  /** Checkbox in the report dialog, shown when the host passes `onBlockUser`. */
  reportBlockUser: string;
  /** Closes the report dialog's thank-you. */
  reportClose: string;
  /** The report trigger once the report was sent. */
  reportDone: string;
  /**
   * One banner line for several kinds under the same rule (same reason and action; never
   * invitations, which have a line of their own): "You can share phone numbers and email
   * addresses once the contract starts."
   */
  ruleForKinds: (kinds: readonly ContactKind[], reason: PolicyReason, action: PolicyViolation['action']) => string;
  // Composer: per-finding actions, removal and undo, a send that always explains itself.
  /** The bulk removal, named by what it removes: "Remove contact details", "Remove link", "Remove payment request". */
  removeKinds: (kinds: readonly ContactKind[], count: number) => string;
  /** Announced after a removal, next to the Undo control. */
  removedNotice: string;
  undo: string;
  /** Title of a finding's popover: what was found. */
  findingTitle: (kind: ContactKind) => string;
  /** Removes one finding (in its popover). */
  findingRemove: string;
  /** Disputes one finding: "This isn't contact info". */
  findingDispute: string;
  /** Announced after a dispute. */
  disputedNotice: string;
  /** Announced when Send (or Enter) is pressed on a blocked draft. */
  sendRefused: string;
  /** The confirm step of a warned draft, announced with the "Send anyway" button. */
  confirmWarning: (kinds: readonly ContactKind[]) => string;
  /** Shown when the server's own check refused the message (no retry: it would be refused again). */
  serverRejected: string;
}
