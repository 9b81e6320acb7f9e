/**
 * Contact-detail and off-platform-payment detection, and the policy that combines findings with a
 * conversation's contract state. Plain TypeScript with no React and no DOM: it runs in browsers,
 * Node (import or, on Node 20.19+, require), workers and React Server Components, so a server can
 * enforce exactly what the UI shows.
 *
 * - Detect: {@link detectContactInfo} for one text, {@link createDetector} to build once and detect
 *   per keystroke, {@link composeDetector} with the `create…Recognizer` factories to ship only some kinds.
 * - Decide: {@link checkMessage} (detect + evaluate, with `history` for details split over messages),
 *   {@link evaluatePolicy}, {@link DEFAULT_POLICY} and {@link resolvePolicy} for overrides,
 *   {@link statesAllowing} for copy such as "once the contract starts".
 * - Show: {@link splitIntoSegments} for a highlight layer, {@link maskMatches} for a received
 *   message, {@link removeWithCues} (or {@link removeSpans}) for "remove contact details", {@link findingsAfterEdit} to keep
 *   marks in place while a new check is pending.
 *
 * @example
 * ```ts
 * import { checkMessage } from 'onplatform/core';
 *
 * const verdict = checkMessage('call +1 917 442 0188', { contractState: 'none' });
 * verdict.decision; // 'block'
 * verdict.violations.map((v) => [v.kind, v.rule, v.reason]); // [['phone', 'no-phone-before-contract', 'until-contract']]
 * ```
 *
 * @module onplatform/core
 */
export { createDetector, DEFAULT_RECOGNIZERS } from './createDetector.js';
export { composeDetector } from './composeDetector.js';
export { createEmailRecognizer } from './recognizers/emailRecognizer.js';
export { createPhoneRecognizer } from './recognizers/phoneRecognizer.js';
export { createUrlRecognizer } from './recognizers/urlRecognizer.js';
export { createSocialRecognizer } from './recognizers/socialRecognizer.js';
export { createMeetingRecognizer } from './recognizers/meetingRecognizer.js';
export { createPaymentRecognizer } from './recognizers/paymentRecognizer.js';
export { createIntentRecognizer } from './recognizers/intentRecognizer.js';
export type { Recognizer, RecognizerFactory, ScanContext } from './recognizer.js';
export type { NormalizedText } from './normalizedText.js';
export type { ResolvedDetectorOptions } from './detectorOptions.js';
export { detectContactInfo } from './detectContactInfo.js';
export { CONTACT_KINDS } from './types.js';
export { DEFAULT_MAX_LENGTH } from './detectorOptions.js';
export type {
  ContactKind,
  ContactMatch,
  Detector,
  DetectorOptions,
  ObfuscationOptions,
  PaymentBrandDefinition,
  PlatformDefinition,
} from './types.js';
export { DEFAULT_POLICY } from './policy/defaultPolicy.js';
export { resolvePolicy } from './policy/resolvePolicy.js';
export { evaluatePolicy, statesAllowing } from './policy/evaluatePolicy.js';
export { checkMessage } from './policy/checkMessage.js';
export { createMessageChecker } from './policy/createMessageChecker.js';
export type { MessageChecker } from './policy/createMessageChecker.js';
export { CONTRACT_STATES, POLICY_DECISIONS } from './policy/policyTypes.js';
export type {
  AppliedException,
  CheckMessageOptions,
  CheckMessageResult,
  ContractState,
  EvaluatePolicyOptions,
  Policy,
  PolicyDecision,
  PolicyException,
  PolicyOverrides,
  PolicyReason,
  PolicyRule,
  PolicyVerdict,
  PolicyViolation,
  TooLong,
  ViolationSummary,
} from './policy/policyTypes.js';
export { splitIntoSegments, removeSpans } from './segments.js';
export { findingsAfterEdit, type Findings } from './findingsAfterEdit.js';
export type { TextSegment } from './segments.js';
export type { RemoveSpansOptions, RemoveSpansResult } from './segments.js';
export { removeWithCues } from './removal/removeWithCues.js';
export type { RemoveWithCuesOptions, RemoveWithCuesResult } from './removal/removeWithCues.js';
export { CUE_WORDS } from './removal/cueWords.js';
export type { CueWords } from './removal/cueWords.js';
export { DEFAULT_MASK, maskMatches, shouldMaskByDefault } from './maskMatches.js';
export type { HiddenSegment, MaskedSegment, MaskedText, MaskMatchesOptions, ShownSegment } from './maskMatches.js';
export { redactMessage } from './redactMessage.js';
export type { MessageCaution, RedactedMessage, RedactedSegment, RedactMessageOptions } from './redactMessage.js';
