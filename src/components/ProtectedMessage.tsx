import { cloneElement, type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import type { ContractState, PolicyOverrides } from '../core/policy/policyTypes.js';
import type { RedactedMessage } from '../core/redactMessage.js';
import { useProtectedMessage } from '../hooks/useProtectedMessage.js';
import type { ReportEvidence, ReportSubmission } from '../hooks/reportTypes.js';
import type { Messages } from '../messages/messages.js';
import { cx } from '../utils/cx.js';
import { Hint, HintProvider } from './Hint.js';
import { ResolvedReportButton } from './ReportButton.js';

interface SharedProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  /** Who wrote it, shown above the text. */
  author: ReactNode;
  /** The reader wrote this message: nothing is masked (with `redacted`: no caution, no report). @default false */
  authorIsSelf?: boolean;
  /** Id passed with a report. @default '' */
  messageId?: string;
  /** Shows the report button (when the message warrants one). @default undefined (no button) */
  onReport?: (report: ReportSubmission) => void | Promise<unknown>;
  /** With `onReport`: the report dialog offers "Also block this person", which calls this after the report. @default undefined (no block option) */
  onBlockUser?: (evidence: ReportEvidence) => void | Promise<unknown>;
  /** Text in place of a hidden detail. @default the catalogue's `maskedDetail` */
  mask?: string;
  /** Per-key copy overrides. */
  messages?: Partial<Messages>;
}

/** Masks that get a Radix tooltip; the rest get the same text as a native title (bounded render cost). */
const MAX_MASK_TOOLTIPS = 20;

/** The received message as text, checked and masked in the browser. */
export interface ProtectedMessageTextProps extends SharedProps {
  /** The received message, rendered as text. */
  text: string;
  contractState: ContractState;
  /** @default the provider's policy */
  policy?: PolicyOverrides;
  /** The author's earlier messages in this conversation, oldest first: a detail split across messages is masked, as with `checkMessage`. @default [] */
  history?: readonly string[];
  redacted?: never;
}

/** What `redactMessage` returned on the server: the hidden details never reach the browser. */
export interface ProtectedMessageRedactedProps extends SharedProps {
  /** The message as `redactMessage` (in `onplatform/core`) returned it for this reader. */
  redacted: RedactedMessage;
  text?: never;
  contractState?: never;
  policy?: never;
  history?: never;
}

/** Either the message `text` (with `contractState`), or the `redacted` form a server made of it. */
export type ProtectedMessageProps = ProtectedMessageTextProps | ProtectedMessageRedactedProps;

/**
 * A received-message bubble: contact details masked before a contract (a tooltip on the mask says
 * why), a calm caution when the message pushes off the platform or to pay outside it, and a
 * report button pre-filled with the evidence. Pass `redacted` (from `redactMessage` on the
 * server) instead of `text` to keep the hidden details out of the page's data altogether.
 *
 * @example
 * ```tsx
 * import { ProtectedMessage } from 'onplatform';
 *
 * <ProtectedMessage
 *   text={message.text}
 *   author={message.authorName}
 *   messageId={message.id}
 *   contractState={conversation.contractState}
 *   onReport={(report) => api.report(report)}
 * />
 *
 * // Or keep the hidden details on the server: mask there, render the result here.
 * <ProtectedMessage redacted={redactMessage(message.text, { contractState })} author={message.authorName} />
 * ```
 *
 * @group Components
 */
export const ProtectedMessage = forwardRef<HTMLElement, ProtectedMessageProps>(function ProtectedMessage(props, ref) {
  // The hook reads its own options from the props (the message, its masks and copy) and ignores the rest.
  const message = useProtectedMessage(props);
  const {
    text, contractState: _state, history: _history, policy: _policy, redacted, author, authorIsSelf, messageId = '', onReport, onBlockUser, mask: _mask,
    messages: _messages, className, ...articleProps
  } = props;
  const { copy, caution } = message;
  const { payment, offPlatform } = caution;
  const masked = message.segments.some((segment) => segment.masked);
  let tooltips = 0;
  return (
    <article
      ref={ref}
      className={cx('op-ProtectedMessage', className)}
      data-masked={masked ? '' : undefined}
      data-caution={payment || offPlatform ? '' : undefined}
      data-self={authorIsSelf ? '' : undefined}
      {...articleProps}
    >
      {/* User text: dir="auto" plus unicode-bidi: isolate (in the CSS) on every run, so an override in
          one message or run can't reorder the masks after it or the messages around it. */}
      <header className="op-ProtectedMessage-author" dir="auto">{author}</header>
      <HintProvider>
        <p className="op-ProtectedMessage-text" dir="auto">
          {message.segments.map((segment) => {
            if (!segment.masked) {
              return <span key={segment.start} className="op-ProtectedMessage-run" dir="auto">{segment.display}</span>;
            }
            if (!segment.violation) {
              // The whole message, over the length limit: not a hidden detail, so no "contract" hint.
              return <span key={segment.start} className="op-ProtectedMessage-mask" dir="auto" data-too-long="">{segment.display}</span>;
            }
            // Focusable so keyboard users get the explanation too; the label says it as text.
            const maskElement = (
              <span key={segment.start} className="op-ProtectedMessage-mask" dir="auto" tabIndex={0} data-kind={segment.violation.kind} aria-label={`${segment.display} — ${copy.maskedTooltip}`}>
                {segment.display}
              </span>
            );
            // A tooltip costs a few components per mask: past the first ones (a message can hold
            // thousands of details), the label and a native title carry the same explanation.
            tooltips += 1;
            return tooltips <= MAX_MASK_TOOLTIPS ? (
              <Hint key={segment.start} content={copy.maskedTooltip}>{maskElement}</Hint>
            ) : (
              cloneElement(maskElement, { title: copy.maskedTooltip })
            );
          })}
        </p>
      </HintProvider>
      {(payment || offPlatform) && (
        // dir="auto": the caution is in the catalogue's language, which may not be the page's direction.
        <div className="op-ProtectedMessage-caution" role="note" dir="auto">
          <strong>{copy.scamCautionTitle}. </strong>
          {copy.scamCaution({ payment, offPlatform })}
        </div>
      )}
      {onReport && message.shouldOfferReport && (
        <footer className="op-ProtectedMessage-footer">
          <ResolvedReportButton onReport={onReport} onBlockUser={onBlockUser} copy={copy} evidence={{
              messageId,
              // A redacted message is reported as the reader saw it; its matches stay on the server.
              text: redacted ? redacted.text : text,
              matches: message.matches,
              violations: message.segments.flatMap((segment) => (segment.violation ? [segment.violation] : [])),
            }}
          />
        </footer>
      )}
    </article>
  );
});

