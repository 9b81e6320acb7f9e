import { detectContactInfo } from '../detectContactInfo.js';
import { checkMessageWith } from './createMessageChecker.js';
import type { CheckMessageOptions, CheckMessageResult } from './policyTypes.js';

/** @internal The detector `checkMessage` uses when none is given. */
export const DEFAULT_DETECTOR = { detect: (text: string) => detectContactInfo(text) };

/**
 * Detects and evaluates one message: the same pure function the UI runs can enforce the policy
 * on a server, where client checks cannot be bypassed. With `history` (the author's recent
 * messages, oldest first) details split across messages are caught; spans are always reported
 * inside `text` only.
 *
 * @example
 * ```ts
 * // On the server, where messages are stored:
 * const verdict = checkMessage(body.text, { contractState: conversation.contractState, history: recentMessagesByAuthor });
 * if (verdict.decision === 'block') return reply(422, verdict.violations.map((v) => v.rule)); // ['no-phone-before-contract']
 * ```
 *
 * @group Policy
 */
export function checkMessage(text: string, options: CheckMessageOptions): CheckMessageResult {
  return checkMessageWith(options?.detector ?? DEFAULT_DETECTOR, text, options);
}
