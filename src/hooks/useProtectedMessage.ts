import { useMemo } from 'react';
import type { MaskMatchesOptions } from '../core/maskMatches.js';
import type { ContractState, PolicyOverrides, PolicyViolation, ViolationSummary } from '../core/policy/policyTypes.js';
import { joinSegments, type MessageCaution, type RedactedMessage, type RedactedSegment, redactVerdict } from '../core/redactMessage.js';
import type { ContactMatch, DetectorOptions } from '../core/types.js';
import type { Messages } from '../messages/index.js';
import { useOnPlatformSettings } from './OnPlatformProvider.js';
import { useGuard } from './usePolicyGuard.js';

/**
 * A run of a received message, as the reader sees it: `display` is the run or its mask. A masked
 * run says what was hidden and why (`violation`) and carries none of the hidden text. Offsets
 * point into the text as displayed (every `display` joined).
 */
export type ProtectedSegment = RedactedSegment;

interface SharedOptions {
  /** The reader wrote this message: nothing is masked, and no caution or report is offered. @default false */
  authorIsSelf?: boolean;
  /** Shown in place of a hidden detail: a string or a function of what was hidden. @default the catalogue's `maskedDetail(kind)` */
  mask?: string | ((hidden: ViolationSummary) => string);
  /** Per-key copy overrides (the mask text). @default the provider's */
  messages?: Partial<Messages>;
  /** @default the provider's locale, else 'en' */
  locale?: string;
}

/** The received message as text: checked and masked here, in the browser. */
export interface ProtectedTextOptions extends SharedOptions {
  /** The received message. */
  text: string;
  contractState: ContractState;
  /** @default the provider's policy, else DEFAULT_POLICY */
  policy?: PolicyOverrides;
  /** The author's earlier messages in this conversation, oldest first, as for `checkMessage`: a detail split across messages is masked. @default [] */
  history?: readonly string[];
  /** @default the provider's detector options */
  detectorOptions?: DetectorOptions;
  /** Which objections hide their span. @default blocked concrete details (not invitations, not warnings) */
  shouldMask?: MaskMatchesOptions['shouldMask'];
  redacted?: never;
}

/**
 * The received message as `redactMessage` returned it on the server: the details were never sent
 * to the browser. Only the masks' wording (`mask`, the catalogue) is chosen here.
 */
export interface ProtectedRedactedOptions extends SharedOptions {
  redacted: RedactedMessage;
  text?: never;
  contractState?: never;
  policy?: never;
  history?: never;
  detectorOptions?: never;
  shouldMask?: never;
}

export type UseProtectedMessageOptions = ProtectedTextOptions | ProtectedRedactedOptions;

export interface UseProtectedMessageResult {
  /** The message in runs; join every `display` for the text to show. */
  segments: ProtectedSegment[];
  /** Off-platform invitations and payment requests the policy objects to (empty for a redacted message: see `caution`). */
  signals: ContactMatch[];
  /** Which caution applies (the argument of the catalogue's `scamCaution`). */
  caution: MessageCaution;
  /** The reader should be offered a report. */
  shouldOfferReport: boolean;
  /** Everything found, for report evidence (empty for a redacted message). */
  matches: ContactMatch[];
  /** What the policy objects to (empty for a redacted message: each segment has its `violation`). */
  violations: PolicyViolation[];
  /** The message is over the length limit: it was not checked, so it is not shown to another reader (`segments` is one mask). */
  tooLong: boolean;
  /** The resolved catalogue (the provider's, with `messages` over it), for the caution and the masks' explanation. */
  copy: Messages;
}

const NO_VIOLATIONS: PolicyViolation[] = [];
const NO_MATCHES: ContactMatch[] = [];
const NO_CAUTION: MessageCaution = { payment: false, offPlatform: false };

/**
 * For received messages: masks contact details before a contract and surfaces scam signals. Give
 * it the `text` (checked here, with `history` like `checkMessage`), or what `redactMessage`
 * returned on the server (`redacted`), so the hidden details never reach the browser.
 *
 * @param options - the received message, the contract state, and optional policy, masks and copy.
 *
 * @example
 * ```tsx
 * import { useProtectedMessage } from 'onplatform';
 *
 * function Bubble({ text, contractState }: { text: string; contractState: ContractState }) {
 *   const message = useProtectedMessage({ text, contractState });
 *   return (
 *     <p>
 *       {message.segments.map((segment) =>
 *         segment.masked ? <mark key={segment.start}>{segment.display}</mark> : segment.display,
 *       )}
 *     </p>
 *   );
 * }
 * ```
 *
 * @group Hooks
 */
export function useProtectedMessage(options: UseProtectedMessageOptions): UseProtectedMessageResult {
  const { text = '', contractState = 'none', policy, authorIsSelf = false, mask, shouldMask, history, detectorOptions, messages, locale, redacted } = options;
  // Resolved once for the copy and the check alike.
  const settings = useOnPlatformSettings({ messages, locale, policy, detectorOptions });
  const copy = settings.messages;
  // A received message doesn't change while shown: no reason to defer its check. A redacted one
  // has nothing left to check (the empty text costs nothing).
  const guard = useGuard({ text: redacted ? '' : text, contractState, deferred: false, history }, settings);
  const tooLong = redacted ? redacted.tooLong === true : guard.verdict.tooLong !== undefined;
  return useMemo(() => {
    const maskFor = (hidden: ViolationSummary) =>
      typeof mask === 'string' ? mask : mask ? mask(hidden) : copy.maskedDetail(hidden.kind);
    // Over the limit nothing was read, so nothing may be shown unread: the whole message is one mask
    // (the author's own is shown as written, unless only its redacted form reached the page).
    if (tooLong && (redacted || !authorIsSelf)) {
      const { segments } = joinSegments([{ display: copy.tooLongMasked, masked: true }]);
      return { segments, signals: NO_MATCHES, caution: NO_CAUTION, shouldOfferReport: !authorIsSelf, matches: NO_MATCHES, violations: NO_VIOLATIONS, tooLong, copy };
    }
    if (redacted) {
      // The server's masks are replaced by this app's wording; a segment without a violation keeps its own.
      const { segments } = joinSegments(
        redacted.segments.map((segment) => (segment.masked && segment.violation ? { ...segment, display: maskFor(segment.violation) } : segment)),
      );
      const caution = authorIsSelf ? NO_CAUTION : redacted.caution;
      return {
        segments,
        signals: NO_MATCHES,
        caution,
        shouldOfferReport: !authorIsSelf && (caution.payment || caution.offPlatform || segments.some((segment) => segment.violation)),
        matches: NO_MATCHES,
        violations: NO_VIOLATIONS,
        tooLong,
        copy,
      };
    }
    const violations = authorIsSelf ? NO_VIOLATIONS : guard.violations;
    const { segments, caution } = redactVerdict(
      text,
      { matches: guard.matches, violations },
      { mask: (_match, violation) => maskFor(violation), shouldMask },
    );
    return {
      segments,
      signals: violations.filter((violation) => violation.kind === 'intent' || violation.kind === 'payment').map((violation) => violation.match),
      caution,
      shouldOfferReport: violations.length > 0,
      matches: guard.matches,
      violations,
      tooLong,
      copy,
    };
  }, [authorIsSelf, copy, guard.matches, guard.violations, mask, redacted, shouldMask, text, tooLong]);
}
