import { maskMatches, type MaskMatchesOptions, summarizeViolation } from './maskMatches.js';
import { DEFAULT_DETECTOR } from './policy/checkMessage.js';
import { checkMessageWith } from './policy/createMessageChecker.js';
import { is } from './validate.js';
import type { CheckMessageOptions, CheckMessageResult, PolicyViolation, ViolationSummary } from './policy/policyTypes.js';
import { TOO_LONG_MASK } from './defaultMasks.js';

/** Which scam caution a received message calls for (the argument of the catalogue's `scamCaution`). */
export interface MessageCaution {
  /** It asks for payment outside the platform. */
  payment: boolean;
  /** It invites the reader to continue off the platform. */
  offPlatform: boolean;
}

/** A run of a redacted message. */
export interface RedactedSegment {
  /** What to show: a run of the message as written, or the mask in place of a hidden detail. */
  display: string;
  /** UTF-16 offset into `RedactedMessage.text`, inclusive (`text.slice(start, end) === display`). */
  start: number;
  /** UTF-16 offset into `RedactedMessage.text`, exclusive. */
  end: number;
  /** The run is a mask: a detail of kind `violation.kind` was hidden here. */
  masked: boolean;
  /** What the policy objects to in this run and why, hidden or shown; absent on plain text. */
  violation?: ViolationSummary;
}

/**
 * A received message as a reader without the right to see its details gets it: plain data
 * (JSON-safe) that holds the masked text and nothing of what was hidden — no original text,
 * value or length of a hidden detail, only its kind and its place in the masked text.
 */
export interface RedactedMessage {
  /** The message with every hidden detail replaced by its mask. */
  text: string;
  /** `text` in runs, in order; joining every `display` gives `text`. */
  segments: RedactedSegment[];
  /** The caution to show the reader. */
  caution: MessageCaution;
  /** The message was over the length limit, so it was not read: `text` is one mask in its place. */
  tooLong?: true;
}

export interface RedactMessageOptions extends CheckMessageOptions, MaskMatchesOptions {}

/** The caution the policy's objections call for: payment requests, and invitations off the platform. */
export const cautionFor = (violations: readonly Pick<PolicyViolation, 'kind'>[]): MessageCaution => ({
  payment: violations.some((violation) => violation.kind === 'payment'),
  offPlatform: violations.some((violation) => violation.kind === 'intent'),
});

/** Lays runs end to end: each run's offsets into the joined text, and the joined text. */
export function joinSegments(runs: readonly Omit<RedactedSegment, 'start' | 'end'>[]): Pick<RedactedMessage, 'text' | 'segments'> {
  let text = '';
  const segments = runs.map(({ display, masked, violation }): RedactedSegment => {
    const start = text.length;
    text += display;
    return { display, start, end: text.length, masked, ...(violation ? { violation: summarizeViolation(violation) } : {}) };
  });
  return { text, segments };
}

/** `redactMessage` for a verdict already computed (the same text, checked once). */
export function redactVerdict(
  text: string,
  verdict: Pick<CheckMessageResult, 'matches' | 'violations' | 'tooLong'>,
  masks?: MaskMatchesOptions,
): RedactedMessage {
  // Over the limit nothing was read, so nothing of it may be shown: one mask for the whole message.
  if (verdict.tooLong) return { ...joinSegments([{ display: TOO_LONG_MASK, masked: true }]), caution: cautionFor([]), tooLong: true };
  return { ...joinSegments(maskMatches(text, verdict, masks).segments), caution: cautionFor(verdict.violations) };
}

/**
 * Masks a received message on the server, so details the reader may not see never reach the
 * page's data: checks it as `checkMessage` does (same options: `contractState`, `policy`,
 * `detector`, `history`), hides what the policy objects to as `maskMatches` does (`mask`,
 * `shouldMask`), and returns only the masked form. Render it with `<ProtectedMessage redacted={…} />`.
 *
 * ```ts
 * redactMessage('call +1 917 442 0188', { contractState: 'none' });
 * // { text: 'call [phone number hidden]', caution: { payment: false, offPlatform: false }, segments: [
 * //   { display: 'call ', start: 0, end: 5, masked: false },
 * //   { display: '[phone number hidden]', start: 5, end: 26, masked: true,
 * //     violation: { kind: 'phone', action: 'block', rule: 'no-phone-before-contract', reason: 'until-contract' } }] }
 * ```
 */
export function redactMessage(text: string, options: RedactMessageOptions): RedactedMessage {
  // The masks are this function's own options; the rest are checkMessage's, validated as there.
  const { mask, shouldMask, ...checkOptions } = (options ?? {}) as RedactMessageOptions;
  if (mask !== undefined && typeof mask !== 'string') is('function')(mask, 'redactMessage: options.mask');
  if (shouldMask !== undefined) is('function')(shouldMask, 'redactMessage: options.shouldMask');
  const verdict = checkMessageWith(checkOptions.detector ?? DEFAULT_DETECTOR, text, checkOptions, 'redactMessage');
  return redactVerdict(text, verdict, { mask, shouldMask });
}
