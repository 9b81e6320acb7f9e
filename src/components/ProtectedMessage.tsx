import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import type { ContractState, PolicyOverrides } from '../core/policy/policyTypes.js';
import { useOnPlatformSettings } from '../hooks/OnPlatformProvider.js';
import { useProtectedMessage } from '../hooks/useProtectedMessage.js';
import type { ReportSubmission } from '../hooks/useReport.js';
import type { Messages } from '../messages/messages.js';
import { cx } from '../utils/cx.js';
import { Hint, HintProvider } from './Hint.js';
import { ReportButton } from './ReportButton.js';

export interface ProtectedMessageProps extends Omit<ComponentPropsWithoutRef<'article'>, 'children'> {
  /** The received message, rendered as text. */
  text: string;
  contractState: ContractState;
  /** Who wrote it, shown above the text. */
  author: ReactNode;
  /** The reader wrote this message: nothing is masked. @default false */
  authorIsSelf?: boolean;
  /** Id passed with a report. @default '' */
  messageId?: string;
  /** Shows the report button (when the message warrants one). @default undefined (no button) */
  onReport?: (report: ReportSubmission) => void | Promise<unknown>;
  /** Text in place of a hidden detail. @default the catalogue's `maskedDetail` */
  mask?: string;
  /** @default the provider's policy */
  policy?: PolicyOverrides;
  /** Per-key copy overrides. */
  messages?: Partial<Messages>;
}

/**
 * A received-message bubble: contact details masked before a contract (a tooltip on the mask says
 * why), a calm caution when the message pushes off the platform or to pay outside it, and a
 * report button pre-filled with the evidence.
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
 * ```
 *
 * @group Components
 */
export const ProtectedMessage = forwardRef<HTMLElement, ProtectedMessageProps>(function ProtectedMessage(
  { text, contractState, author, authorIsSelf = false, messageId = '', onReport, mask, policy, messages, className, ...articleProps },
  ref,
) {
  const copy = useOnPlatformSettings(messages ? { messages } : {}).messages;
  const message = useProtectedMessage({ text, contractState, authorIsSelf, ...(mask ? { mask } : {}), ...(policy ? { policy } : {}) });
  const payment = message.signals.some((signal) => signal.kind === 'payment');
  const offPlatform = message.signals.some((signal) => signal.kind === 'intent');
  const masked = message.segments.some((segment) => segment.masked);
  return (
    <article
      ref={ref}
      className={cx('op-ProtectedMessage', className)}
      data-masked={masked ? '' : undefined}
      data-caution={payment || offPlatform ? '' : undefined}
      data-self={authorIsSelf ? '' : undefined}
      {...articleProps}
    >
      <header className="op-ProtectedMessage-author">{author}</header>
      <HintProvider>
        <p className="op-ProtectedMessage-text">
          {message.segments.map((segment) =>
            segment.masked ? (
              <Hint key={segment.start} content={copy.maskedTooltip}>
                {/* Focusable so keyboard users get the explanation too; the label says it as text. */}
                <span className="op-ProtectedMessage-mask" tabIndex={0} data-kind={segment.match?.kind} aria-label={`${segment.display} — ${copy.maskedTooltip}`}>
                  {segment.display}
                </span>
              </Hint>
            ) : (
              <span key={segment.start}>{segment.display}</span>
            ),
          )}
        </p>
      </HintProvider>
      {(payment || offPlatform) && (
        <div className="op-ProtectedMessage-caution" role="note">
          <strong>{copy.scamCautionTitle}. </strong>
          {copy.scamCaution({ payment, offPlatform })}
        </div>
      )}
      {onReport && message.shouldOfferReport && (
        <footer className="op-ProtectedMessage-footer">
          <ReportButton onReport={onReport} evidence={{ messageId, text, matches: message.matches }} {...(messages ? { messages } : {})} />
        </footer>
      )}
    </article>
  );
});
