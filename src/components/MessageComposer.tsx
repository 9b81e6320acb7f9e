import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { ContractState } from '../core/policy/policyTypes.js';
import { composerNotice } from '../hooks/composerNotice.js';
import { useOnPlatformSettings } from '../hooks/OnPlatformProvider.js';
import { useAutoGrowTextarea } from '../hooks/useAutoGrowTextarea.js';
import { useComposer, type UseMessageComposerOptions } from '../hooks/useMessageComposer.js';
import type { Messages } from '../messages/messages.js';
import { cx } from '../utils/cx.js';
import { ComposerFindingPopover } from './ComposerFindingPopover.js';
import { ComposerUnderlines } from './ComposerUnderlines.js';
import { ResolvedPolicyWarningBanner } from './PolicyWarningBanner.js';

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
    shouldSubmit, maxLength, draftKey, flaggedReplacement, stateReducer, onDispute, findingOpen, defaultFindingOpen, onFindingOpenChange,
    label, placeholder, counterThreshold, policyUrl, messages, className, ...formProps
  } = props;
  // Resolved once for the whole composer and handed down: its copy and policy link here and to the
  // banner, its policy and detector options to the hook. An empty `policyUrl` means the provider's.
  const settings = useOnPlatformSettings({ messages, policy, detectorOptions, policyUrl: policyUrl || undefined });
  const copy = settings.messages;
  const composer = useComposer(
    {
      contractState, onSend, onBlockedSend, value, defaultValue, onValueChange, history, policy, detectorOptions, submitOnEnter, shouldSubmit,
      maxLength, draftKey, flaggedReplacement, stateReducer, onDispute, findingOpen, defaultFindingOpen, onFindingOpenChange,
    },
    settings,
  );
  const layout = useAutoGrowTextarea(composer.value);
  const { verdict, status } = composer;

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
          <div ref={layout.layerRef} className="op-MessageComposer-underlines" dir="auto">
            <ComposerUnderlines segments={composer.segments} text={composer.value} />
          </div>
        </div>
        <textarea
          {...composer.getTextareaProps({
            ref: layout.textareaRef,
            className: 'op-MessageComposer-textarea',
            'aria-label': label ?? copy.composerLabel,
            placeholder: placeholder ?? copy.composerPlaceholder,
            rows: 1,
            dir: 'auto',
            onScroll: layout.handleScroll,
          })}
        />
        <ComposerFindingPopover composer={composer} copy={copy} underlinesRef={layout.layerRef} textareaRef={layout.textareaRef} canDispute={onDispute !== undefined} />
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
      <ResolvedPolicyWarningBanner {...composer.getWarningProps()} verdict={verdict} contractState={contractState} copy={copy} policyUrl={settings.policyUrl} />
    </form>
  );
});
