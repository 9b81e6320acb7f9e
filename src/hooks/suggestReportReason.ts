import type { ContactMatch } from '../core/types.js';
import type { ReportReason } from '../messages/messages.js';

/**
 * Which supported reason is preselected: a payment request first (the message's caution talks
 * about payment too, even when it also moves the chat elsewhere), then contact, then links.
 */
const SUGGESTION_ORDER: readonly ReportReason[] = ['off-platform-payment', 'off-platform-contact', 'suspicious-link'];

/** The kinds that move a conversation off the platform: what the "off-platform-contact" reason covers. */
const OFF_PLATFORM_CONTACT_KINDS: ReadonlySet<ContactMatch['kind']> = new Set(['email', 'phone', 'social', 'meeting', 'intent']);

/** The reasons the findings support ("other" always). */
export function supportedReasons(matches: readonly Pick<ContactMatch, 'kind'>[]): ReadonlySet<ReportReason> {
  const kinds = new Set(matches.map((match) => match.kind));
  const reasons = new Set<ReportReason>(['other']);
  if ([...kinds].some((kind) => OFF_PLATFORM_CONTACT_KINDS.has(kind))) reasons.add('off-platform-contact');
  if (kinds.has('payment')) {
    reasons.add('off-platform-payment');
    reasons.add('scam');
  }
  if (kinds.has('url')) reasons.add('suspicious-link');
  return reasons;
}

/**
 * The reason to preselect: a payment request (the message's caution is about payment too), then
 * contact details or invitations, then links.
 *
 * @example
 * ```ts
 * suggestReportReason(checkMessage('call +1 917 442 0188', { contractState: 'none' }).matches); // 'off-platform-contact'
 * suggestReportReason(detectContactInfo('pay me at paypal.me/ana')); // 'off-platform-payment'
 * suggestReportReason(detectContactInfo('buy me an Amazon gift card and text me on WhatsApp')); // 'off-platform-payment'
 * ```
 */
export function suggestReportReason(matches: readonly Pick<ContactMatch, 'kind'>[]): ReportReason {
  const supported = supportedReasons(matches);
  return SUGGESTION_ORDER.find((reason) => supported.has(reason)) ?? 'other';
}
