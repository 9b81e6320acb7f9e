import { type ComponentPropsWithoutRef, forwardRef, type UIEvent, useRef } from 'react';
import type { ContractState } from '../core/policy/policyTypes.js';
import { useOnPlatformSettings } from '../hooks/OnPlatformProvider.js';
import { useMessageComposer, type UseMessageComposerOptions } from '../hooks/useMessageComposer.js';
import type { Messages } from '../messages/messages.js';
import { cx } from '../utils/cx.js';
import { useIsomorphicLayoutEffect } from '../utils/useIsomorphicLayoutEffect.js';
import { ComposerFindingPopover } from './ComposerFindingPopover.js';
import { ComposerUnderlines } from './ComposerUnderlines.js';
import { PolicyWarningBanner } from './PolicyWarningBanner.js';

export interface MessageComposerProps
  extends Omit<ComponentPropsWithoutRef<'form'>, 'onSubmit' | 'children' | 'defaultValue'>,
    Omit<UseMessageComposerOptions, 'contractState'> {
  /** Where the conversation stands (`none`, `pending`, `active`, `ended`); a change re-checks the draft at once. Mirrored as `data-contract-state` on the form. */
  contractState: ContractState;
  /** Accessible name of the textarea. @default the catalogue's `composerLabel` */
  label?: string;
  /** Placeholder of the textarea. @default the catalogue's `composerPlaceholder` */
  placeholder?: string;
  /** Show the remaining-characters counter when this few are left. @default 20% of maxLength */
  counterThreshold?: number;
  /** Adds a "Read the policy" link to the banner: an http(s) or relative URL (anything else is dropped, with a warning in development). @default the provider's policyUrl */
  policyUrl?: string;
  /** Per-key copy overrides. */
  messages?: Partial<Messages>;
}

/** The browser grows the textarea with its content (CSS `field-sizing`, Chromium 123+, Safari 26+). */
const sizesItself = () => globalThis.CSS?.supports?.('field-sizing', 'content') === true;

/**
 * The message composer: an auto-growing textarea with an underline layer for flagged spans
 * behind it (a click, tap or arrow key into one opens its popover: what was found, the rule,
 * "Remove" and, with `onDispute`, "This isn't contact info"), a removal named by what it removes
 * with Undo, a live policy banner below the buttons (so it never pushes Send), and a send button
 * that always explains itself: blocked, it stays focusable and points at the banner; warned, it
 * asks for a deliberate confirmation; refused by the server, it shows why. State shows as
 * `data-decision` and `data-status` on the form.
 *
 * @example
 * ```tsx
 * import { MessageComposer } from 'onplatform';
 * import 'onplatform/styles.css';
 *
 * <MessageComposer
 *   contractState={conversation.contractState}
 *   onSend={(text) => api.send(conversation.id, text)} // a rejection keeps the draft: a retry, or the server's violations shown as a block
 *   onDispute={(finding) => api.reportFalseAlarm(finding)}
 *   draftKey={conversation.id}
 *   maxLength={2000}
 * />
 * ```
 *
 * @group Components
 */
export const MessageComposer = forwardRef<HTMLFormElement, MessageComposerProps>(function MessageComposer(props, ref) {
  const {
    contractState, onSend, onBlockedSend, value, defaultValue, onValueChange, history, policy, detectorOptions, submitOnEnter,
    shouldSubmit, maxLength, draftKey, flaggedReplacement, stateReducer, onDispute, label, placeholder, counterThreshold, policyUrl,
    messages, className, ...formProps
  } = props;
  const copy = useOnPlatformSettings(messages ? { messages } : {}).messages;
  const composer = useMessageComposer({
    contractState, onSend,
    ...(onBlockedSend ? { onBlockedSend } : {}),
    ...(value !== undefined ? { value } : {}),
    ...(defaultValue !== undefined ? { defaultValue } : {}),
    ...(onValueChange ? { onValueChange } : {}),
    ...(history ? { history } : {}),
    ...(policy ? { policy } : {}),
    ...(detectorOptions ? { detectorOptions } : {}),
    ...(submitOnEnter !== undefined ? { submitOnEnter } : {}),
    ...(shouldSubmit ? { shouldSubmit } : {}),
    ...(maxLength !== undefined ? { maxLength } : {}),
    ...(draftKey ? { draftKey } : {}),
    ...(flaggedReplacement !== undefined ? { flaggedReplacement } : {}),
    ...(stateReducer ? { stateReducer } : {}),
    ...(onDispute ? { onDispute } : {}),
  });
  const textareaRef = useRef<HTMLTextAreaElement | null>(null);
  const underlinesRef = useRef<HTMLDivElement | null>(null);
  const { verdict, status } = composer;

  const followScroll = (scrollTop: number) => {
    if (underlinesRef.current) underlinesRef.current.style.transform = scrollTop ? `translateY(${-scrollTop}px)` : '';
  };

  // Grow with the content (up to the CSS max-height). Where CSS can (`field-sizing: content`) the
  // browser does it in its own layout; elsewhere it takes a layout read per change, and only a
  // shorter text needs the reset to "auto" (a second layout). The underline layer follows the
  // textarea's scrolling through `onScroll`.
  const previousLength = useRef(0);
  useIsomorphicLayoutEffect(() => {
    const textarea = textareaRef.current;
    if (!textarea || sizesItself()) return;
    const shrank = composer.value.length < previousLength.current;
    previousLength.current = composer.value.length;
    if (shrank) textarea.style.height = 'auto';
    if (shrank || textarea.scrollHeight > textarea.clientHeight) textarea.style.height = `${textarea.scrollHeight + 2}px`;
    followScroll(textarea.scrollTop);
  }, [composer.value]);

  const threshold = counterThreshold ?? Math.ceil(composer.maxLength * 0.2);
  const showCounter = composer.remaining !== undefined && composer.remaining <= threshold;
  const removable = verdict.violations;
  const notice = composerNotice(composer, copy);

  return (
    <form
      {...composer.getFormProps({ ...formProps, ref, className: cx('op-MessageComposer', className) })}
      data-contract-state={contractState}
    >
      <div className="op-MessageComposer-field">
        <div className="op-MessageComposer-backdrop" aria-hidden="true">
          <div ref={underlinesRef} className="op-MessageComposer-underlines" dir="auto">
            <ComposerUnderlines segments={composer.segments} text={composer.value} />
          </div>
        </div>
        <textarea
          {...composer.getTextareaProps({
            ref: textareaRef,
            className: 'op-MessageComposer-textarea',
            'aria-label': label ?? copy.composerLabel,
            placeholder: placeholder ?? copy.composerPlaceholder,
            rows: 1,
            dir: 'auto',
            onScroll: (event: UIEvent<HTMLTextAreaElement>) => followScroll(event.currentTarget.scrollTop),
          })}
        />
        <ComposerFindingPopover composer={composer} copy={copy} underlinesRef={underlinesRef} textareaRef={textareaRef} canDispute={onDispute !== undefined} />
      </div>
      <div className="op-MessageComposer-actions">
        {removable.length > 0 && (
          <button type="button" className="op-Button" onClick={composer.removeFlagged}>
            {copy.removeKinds(removable.map((violation) => violation.kind), removable.length)}
          </button>
        )}
        {composer.undoable && (
          <button type="button" className="op-Button" onClick={composer.undo}>
            {copy.undo}
          </button>
        )}
        {showCounter && (
          <span className="op-MessageComposer-counter" aria-live="polite">
            {copy.charactersLeft(composer.remaining!)}
          </span>
        )}
        <button {...composer.getSendButtonProps({ className: 'op-Button op-MessageComposer-send', 'data-variant': 'primary' })}>
          {status === 'sending' ? copy.sending : status === 'confirming' ? copy.sendAnyway : status === 'error' ? copy.retry : copy.send}
        </button>
      </div>
      {/* One live region, always present, so each change in it is announced. */}
      <p className="op-MessageComposer-notice" role="status" data-notice={notice.kind} dir="auto">
        {notice.text}
      </p>
      {status === 'error' && (
        <p className="op-MessageComposer-error" role="alert">
          {copy.sendFailed}
        </p>
      )}
      <PolicyWarningBanner {...composer.getWarningProps()} verdict={verdict} contractState={contractState} {...(policyUrl ? { policyUrl } : {})} {...(messages ? { messages } : {})} />
    </form>
  );
});

type NoticeKind = 'confirm' | 'refused' | 'rejected' | 'removed' | 'disputed' | 'none';

/**
 * What the composer's live region says: the confirm step's explanation, why a send was refused
 * (re-announced on every refused attempt: the text alternates a trailing no-break space), the
 * server's refusal, or that a removal can be undone.
 */
function composerNotice(composer: ReturnType<typeof useMessageComposer>, copy: Messages): { kind: NoticeKind; text: string } {
  const { status, verdict, blockedAttempts, undoable, disputed } = composer;
  if (status === 'confirming') return { kind: 'confirm', text: copy.confirmWarning(verdict.violations.map((violation) => violation.kind)) };
  if (status === 'rejected') return { kind: 'rejected', text: copy.serverRejected };
  if (blockedAttempts > 0) return { kind: 'refused', text: copy.sendRefused + (blockedAttempts % 2 === 0 ? '\u00A0' : '') };
  if (undoable) return { kind: 'removed', text: copy.removedNotice };
  if (disputed.length > 0 && verdict.decision === 'warn') return { kind: 'disputed', text: copy.disputedNotice };
  return { kind: 'none', text: '' };
}
