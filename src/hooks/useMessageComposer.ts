import { type KeyboardEvent, useCallback, useId, useMemo, useRef } from 'react';
import { checkMessage } from '../core/policy/checkMessage.js';
import type { CheckMessageResult, ContractState, PolicyDecision, PolicyOverrides } from '../core/policy/policyTypes.js';
import { findingsAfterEdit } from '../core/findingsAfterEdit.js';
import { removeSpans, splitIntoSegments, type TextSegment } from '../core/segments.js';
import type { DetectorOptions } from '../core/types.js';
import { DEFAULT_MAX_LENGTH } from '../core/detectorOptions.js';
import { truncateToLength } from '../utils/truncateToLength.js';
import { useIsomorphicLayoutEffect, useLatest } from '../utils/useLatest.js';
import { useStableValue } from '../utils/useStableValue.js';
import { useSteeredReducer } from '../utils/useSteeredReducer.js';
import { type ComposerPropGetters, useComposerPropGetters } from './composerPropGetters.js';
import { COMPOSER_ACTIONS, type ComposerStateReducer, type ComposerStatus, composerReducer, INITIAL_COMPOSER_STATE } from './composerReducer.js';
import { useOnPlatformSettings } from './OnPlatformProvider.js';
import { useDetector } from './useContactDetector.js';
import { useDraft } from './useDraft.js';
import { usePolicyGuard } from './usePolicyGuard.js';

export interface UseMessageComposerOptions {
  /** Where the conversation stands; a change re-evaluates the draft at once. */
  contractState: ContractState;
  /**
   * Sends the message; may return a promise. While it runs `status` is `'sending'`; on success the
   * draft clears; on rejection the draft stays, `status` is `'error'` and `error` holds the reason.
   * Never called for a blocked draft.
   */
  onSend: (text: string, verdict: CheckMessageResult) => void | Promise<unknown>;
  /** Called when a send is refused because the policy blocks the draft (to log attempts). @default undefined */
  onBlockedSend?: (verdict: CheckMessageResult) => void;
  /** The draft, controlled. @default undefined (uncontrolled) */
  value?: string;
  /** Initial draft when uncontrolled (a stored `draftKey` draft wins). @default '' */
  defaultValue?: string;
  /** Called with the new draft on every change. @default undefined */
  onValueChange?: (value: string) => void;
  /** The author's recent messages in this conversation, oldest first (catches split details). @default [] */
  history?: readonly string[];
  /** @default the provider's policy, else DEFAULT_POLICY */
  policy?: PolicyOverrides;
  /** @default the provider's detector options */
  detectorOptions?: DetectorOptions;
  /**
   * Enter sends and Shift+Enter inserts a newline; `false` makes Enter a newline. Ctrl+Enter (Cmd+Enter
   * on macOS) sends either way. No key sends while an IME is composing (Enter confirms the
   * composition), and a key that sends never inserts a newline, even when the send is refused.
   * @default true
   */
  submitOnEnter?: boolean;
  /**
   * Decides per key press whether to send, replacing the built-in keys (Enter per `submitOnEnter`
   * and Ctrl/Cmd+Enter): return `true` for every key that should send. Never consulted during IME
   * composition. A send it triggers takes the same path as the send button.
   * @default undefined
   */
  shouldSubmit?: (event: KeyboardEvent<HTMLTextAreaElement>) => boolean;
  /**
   * Character limit in UTF-16 code units (as the textarea's own `maxlength` counts). Set on the
   * textarea, which stops typing and pasting there; `setValue()` and `removeFlagged()` cut a longer
   * result to it, never inside a surrogate pair (a character such as 😀 is kept whole or dropped).
   * `value`, `defaultValue` and a stored draft are shown as given, like a textarea's own value;
   * `remaining` is then 0. The same limit as the checker's: longer text is blocked unread.
   * @default the detector options' `maxLength`, else 20000 (`DEFAULT_MAX_LENGTH`)
   */
  maxLength?: number;
  /** Keeps the draft in sessionStorage under this key across unmounts and reloads; cleared after a successful send. @default undefined */
  draftKey?: string;
  /** Put in place of each flagged span by `removeFlagged()`; the default removes it and tidies the spaces. @default '' */
  flaggedReplacement?: string;
  /** Steers transitions: gets the current state and `{ type, changes, …action }`, returns the state to apply. @default undefined */
  stateReducer?: ComposerStateReducer;
}

export interface UseMessageComposerResult extends ComposerPropGetters {
  value: string;
  /** Sets the draft, cut to `maxLength` (at a character boundary) when there is one. */
  setValue: (value: string) => void;
  /** The live verdict: it lags typing by a frame (on long drafts, until typing pauses); `send()` always re-checks. */
  verdict: CheckMessageResult;
  decision: PolicyDecision;
  status: ComposerStatus;
  error: unknown;
  /** A warned draft was confirmed: the next send goes out. */
  acknowledged: boolean;
  /** The draft in plain and flagged runs (always covering the current text), for a highlight layer. */
  segments: TextSegment[];
  /** UTF-16 code units left before `maxLength` (never below 0). */
  remaining: number | undefined;
  /** The character limit in force (the option, else the detector's, else 20000). */
  maxLength: number;
  /** Sends the current draft if the policy lets it (a warning needs one confirmation first). */
  send: () => Promise<void>;
  /** Confirms a warned draft, so the next send goes out. */
  acknowledge: () => void;
  /** Removes (or replaces) every span the policy objects to, keeping the rest and the caret; cut to `maxLength` like `setValue`. */
  removeFlagged: () => void;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/**
 * Everything a message composer needs: the draft, a live verdict, policy-aware sending and prop getters.
 *
 * @example
 * ```tsx
 * import { useMessageComposer, useOnPlatformSettings } from 'onplatform';
 *
 * function Composer({ contractState, onSend }: { contractState: ContractState; onSend: (text: string) => Promise<void> }) {
 *   const composer = useMessageComposer({ contractState, onSend });
 *   const { messages } = useOnPlatformSettings();
 *   return (
 *     <form {...composer.getFormProps()}>
 *       <textarea {...composer.getTextareaProps({ 'aria-label': messages.composerLabel })} />
 *       {composer.decision !== 'allow' && (
 *         // The roles to add in a custom banner: alert for a block, status for a warning.
 *         <p {...composer.getWarningProps({ role: composer.decision === 'block' ? 'alert' : 'status' })}>
 *           {composer.decision === 'block' ? messages.blockedHeadline : messages.warnedHeadline}
 *         </p>
 *       )}
 *       <button {...composer.getSendButtonProps()}>
 *         {composer.status === 'confirming' ? messages.sendAnyway : composer.status === 'sending' ? messages.sending : messages.send}
 *       </button>
 *       {composer.status === 'error' && <p role="alert">{messages.sendFailed}</p>}
 *     </form>
 *   );
 * }
 * ```
 *
 * @group Hooks
 */
export function useMessageComposer(options: UseMessageComposerOptions): UseMessageComposerResult {
  const { contractState, history, submitOnEnter = true, shouldSubmit, draftKey, flaggedReplacement = '', stateReducer } = options;
  const settings = useOnPlatformSettings({
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.detectorOptions ? { detectorOptions: options.detectorOptions } : {}),
  });
  const maxLength = options.maxLength ?? settings.detectorOptions?.maxLength ?? DEFAULT_MAX_LENGTH;
  const { value, valueRef, setDraft, clearSent } = useDraft({
    value: options.value,
    defaultValue: options.defaultValue,
    onValueChange: options.onValueChange,
    draftKey,
    name: 'useMessageComposer',
  });
  const [state, apply] = useSteeredReducer(composerReducer, INITIAL_COMPOSER_STATE, stateReducer);
  const latest = useLatest({ contractState, history, policy: settings.policy, onSend: options.onSend, onBlockedSend: options.onBlockedSend });

  const stableHistory = useStableValue(history);
  const guard = usePolicyGuard({
    text: value,
    contractState,
    ...(stableHistory ? { history: stableHistory } : {}),
    ...(settings.policy ? { policy: settings.policy } : {}),
    ...(settings.detectorOptions ? { detectorOptions: settings.detectorOptions } : {}),
  });
  const detector = useDetector(settings.detectorOptions);

  /** The verdict of the text as it is now: a server-equivalent check, never a lagging one. */
  const checkNow = useCallback(
    (text: string) => {
      const { contractState: now, history: recent, policy } = latest.current;
      return checkMessage(text, { contractState: now, detector, ...(recent ? { history: recent } : {}), ...(policy ? { policy } : {}) });
    },
    [detector, latest],
  );

  const textareaRef = useRef<HTMLTextAreaElement | null>(null);
  const wasFocusedRef = useRef(false);
  const pendingCaret = useRef<number | undefined>(undefined);
  const sendingRef = useRef(false);

  /** A change typed into the textarea: its native `maxlength` already holds it to the limit. */
  const changeValue = useCallback(
    (next: string) => {
      setDraft(next);
      apply({ type: COMPOSER_ACTIONS.valueChanged, value: next });
    },
    [apply, setDraft],
  );

  // Programmatic changes get no help from the textarea's maxlength. Typed text is not cut here:
  // an IME may run past the limit mid-composition, and the browser settles that itself.
  const setValue = useCallback(
    (next: string) => changeValue(maxLength === undefined ? next : truncateToLength(next, maxLength)),
    [changeValue, maxLength],
  );

  const send = useCallback(async () => {
    const text = valueRef.current;
    if (sendingRef.current || text.trim() === '') return;
    const verdict = checkNow(text);
    const { onSend: deliver, onBlockedSend } = latest.current;
    if (verdict.decision === 'block') {
      apply({ type: COMPOSER_ACTIONS.sendBlocked, verdict });
      onBlockedSend?.(verdict);
      return;
    }
    if (verdict.decision === 'warn' && !apply({ type: COMPOSER_ACTIONS.sendRequested, verdict }).acknowledged) return;
    sendingRef.current = true;
    apply({ type: COMPOSER_ACTIONS.sendStarted, verdict });
    try {
      // A plain return settles at once, so a synchronous onSend clears the draft in the same event.
      const result = deliver(text, verdict);
      if (isThenable(result)) await result;
    } catch (error) {
      sendingRef.current = false;
      apply({ type: COMPOSER_ACTIONS.sendFailed, error });
      return;
    }
    sendingRef.current = false;
    apply({ type: COMPOSER_ACTIONS.sendSucceeded });
    clearSent(text);
  }, [apply, checkNow, clearSent, latest, valueRef]);

  const acknowledge = useCallback(() => void apply({ type: COMPOSER_ACTIONS.acknowledged }), [apply]);

  const removeFlagged = useCallback(() => {
    const text = valueRef.current;
    const { violations } = checkNow(text);
    if (violations.length === 0) return;
    const textarea = textareaRef.current;
    // Keep the caret where the person left it (a blur keeps the selection), shifted by what was
    // removed before it; a textarea never focused has no such place: the caret goes to the first fix.
    const caret = textarea && wasFocusedRef.current && textarea.value === text ? textarea.selectionEnd : undefined;
    const result = removeSpans(text, violations.map((violation) => violation.match), {
      replacement: flaggedReplacement,
      ...(caret !== undefined ? { caret } : {}),
    });
    pendingCaret.current = result.caret;
    setValue(result.text);
  }, [checkNow, flaggedReplacement, setValue, valueRef]);

  // Applied after the new text is in the textarea; focus returns there (the fix is usually a button).
  useIsomorphicLayoutEffect(() => {
    const caret = pendingCaret.current;
    const textarea = textareaRef.current;
    if (caret === undefined || !textarea || textarea.value !== value) return;
    pendingCaret.current = undefined;
    textarea.focus();
    textarea.setSelectionRange(caret, caret);
  }, [value]);

  // Covers the current text even while the verdict lags a frame behind typing: the last findings
  // are carried over the edit, so marks elsewhere in the draft stay put in the meantime.
  const { checkedText, matches, violations } = guard;
  const segments = useMemo(() => {
    const carried = findingsAfterEdit(checkedText, value, { matches, violations });
    return splitIntoSegments(value, carried.matches, carried.violations);
  }, [checkedText, value, matches, violations]);

  // A confirmation only makes sense for a warned draft: when the contract starts (or the policy
  // changes) while one is pending, the draft is plain again without an edit.
  const status: ComposerStatus = state.status === 'confirming' && guard.decision !== 'warn' ? 'idle' : state.status;

  const warningId = useId();
  const getters = useComposerPropGetters({
    value,
    decision: guard.decision,
    status,
    warningId,
    textareaRef,
    wasFocusedRef,
    maxLength,
    submitOnEnter,
    shouldSubmit,
    changeValue,
    send,
  });

  return {
    value,
    setValue,
    verdict: guard.verdict,
    decision: guard.decision,
    status,
    error: state.error,
    acknowledged: state.acknowledged,
    segments,
    remaining: Math.max(0, maxLength - value.length),
    maxLength,
    send,
    acknowledge,
    removeFlagged,
    ...getters,
  };
}
