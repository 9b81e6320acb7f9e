import { type KeyboardEvent, useCallback, useId, useMemo, useRef, useState } from 'react';
import { checkMessage } from '../core/policy/checkMessage.js';
import type { CheckMessageResult, ContractState, PolicyDecision, PolicyOverrides } from '../core/policy/policyTypes.js';
import { findingsAfterEdit } from '../core/findingsAfterEdit.js';
import { splitIntoSegments, type TextSegment } from '../core/segments.js';
import type { ContactMatch, DetectorOptions } from '../core/types.js';
import { DEFAULT_MAX_LENGTH } from '../core/detectorOptions.js';
import { truncateToLength } from '../utils/truncateToLength.js';
import { useIsomorphicLayoutEffect, useLatest } from '../utils/useLatest.js';
import { useStableValue } from '../utils/useStableValue.js';
import { useSteeredReducer } from '../utils/useSteeredReducer.js';
import { type ComposerPropGetters, useComposerPropGetters } from './composerPropGetters.js';
import { COMPOSER_ACTIONS, type ComposerStateReducer, type ComposerStatus, type ComposerUndo, composerReducer, INITIAL_COMPOSER_STATE } from './composerReducer.js';
import { composerVerdict, findingKey } from './composerVerdict.js';
import { useComposerSend } from './useComposerSend.js';
import { useFindingPopover, type FindingPopover } from './useFindingPopover.js';
import { useFlaggedRemoval } from './useFlaggedRemoval.js';
import { useHeldWarning } from './useHeldWarning.js';
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
  /**
   * Called when the person says a finding is not contact information ("This isn't contact info"), so
   * the platform can learn from false alarms. The finding then counts as a warning in this draft:
   * it may be sent after a confirmation (your server still decides). Without it, findings can only
   * be removed. @default undefined
   */
  onDispute?: (finding: ContactMatch) => void;
}

export interface UseMessageComposerResult extends ComposerPropGetters {
  value: string;
  /** Sets the draft, cut to `maxLength` (at a character boundary) when there is one. */
  setValue: (value: string) => void;
  /**
   * The verdict to show: it lags typing by a frame (on long drafts, until typing pauses), and a
   * warning that just appeared under the caret waits until typing moves on or pauses; a change made
   * by code (`setValue`, `removeFlagged`, `reset`, a restored draft) is checked in the same render.
   * Disputed findings count as warnings; a server's refusal shows as a block until an edit.
   * `send()` always re-checks.
   */
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
  /**
   * Removes every finding the policy objects to (except disputed ones) with the words that only
   * introduced them ("text me on"), so the sentence still reads; through the browser's undo stack
   * where it can (Ctrl+Z restores), and `undo()` too. With `flaggedReplacement`, replaces the
   * findings instead. Cut to `maxLength` like `setValue`.
   */
  removeFlagged: () => void;
  /** Removes one finding (and its cue words), as `removeFlagged` does for all. */
  removeFinding: (finding: { match: ContactMatch }) => void;
  /** Reports a finding as not contact info: calls `onDispute` and lets the draft go out after a confirmation. */
  disputeFinding: (finding: { match: ContactMatch }) => void;
  /** The last removal, while it can be undone (the draft is still what it left). */
  undoable: ComposerUndo | undefined;
  /** Puts back the text of the last removal. */
  undo: () => void;
  /** Empties the draft (and its stored copy) and the composer's state. */
  reset: () => void;
  /** Sends refused for this draft so far; a change is the moment to announce why again. */
  blockedAttempts: number;
  /** Findings the person disputed in this draft (`kind:text` keys). */
  disputed: readonly string[];
  /** The finding whose popover is open (opened by a click, tap or arrow keys inside its underline). */
  finding: FindingPopover;
}

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
  const draft = useDraft({
    value: options.value,
    defaultValue: options.defaultValue,
    onValueChange: options.onValueChange,
    draftKey,
    name: 'useMessageComposer',
  });
  const { value, valueRef, keyRef, knownValue, setDraft, markKnown, clearSent } = draft;
  const [state, apply, stateRef] = useSteeredReducer(composerReducer, INITIAL_COMPOSER_STATE, stateReducer);
  const latest = useLatest({
    contractState,
    history,
    policy: settings.policy,
    onSend: options.onSend,
    onBlockedSend: options.onBlockedSend,
    onDispute: options.onDispute,
  });

  const stableHistory = useStableValue(history);
  const guard = usePolicyGuard({
    text: value,
    contractState,
    ...(knownValue !== undefined ? { knownText: knownValue } : {}),
    ...(stableHistory ? { history: stableHistory } : {}),
    ...(settings.policy ? { policy: settings.policy } : {}),
    ...(settings.detectorOptions ? { detectorOptions: settings.detectorOptions } : {}),
  });
  const detector = useDetector(settings.detectorOptions);

  /** The verdict the composer acts on for a text as it is now: a server-equivalent check, never a lagging one, disputes applied. */
  const verdictOf = useCallback(
    (text: string) => {
      const { contractState: now, history: recent, policy } = latest.current;
      const checked = checkMessage(text, { contractState: now, detector, ...(recent ? { history: recent } : {}), ...(policy ? { policy } : {}) });
      return composerVerdict(checked, { disputed: stateRef.current.disputed, rejection: undefined });
    },
    [detector, latest, stateRef],
  );

  const textareaRef = useRef<HTMLTextAreaElement | null>(null);
  const warningRef = useRef<HTMLElement | null>(null);
  const wasFocusedRef = useRef(false);
  // Where the caret was after the last typed change: set with it, so no extra render.
  const [caret, setCaret] = useState<number | undefined>(undefined);
  const pendingCaret = useRef<number | undefined>(undefined);

  /** A change typed into the textarea: its native `maxlength` already holds it to the limit. */
  const changeValue = useCallback(
    (next: string, known = false) => {
      setDraft(next, known);
      apply({ type: COMPOSER_ACTIONS.valueChanged, value: next });
    },
    [apply, setDraft],
  );

  // Programmatic changes get no help from the textarea's maxlength, and are checked at once. Typed
  // text is not cut here: an IME may run past the limit mid-composition, and the browser settles that itself.
  const setValue = useCallback((next: string) => changeValue(truncateToLength(next, maxLength), true), [changeValue, maxLength]);
  const setKnownDraft = useCallback((next: string) => changeValue(next, true), [changeValue]);


  const acknowledge = useCallback(() => void apply({ type: COMPOSER_ACTIONS.acknowledged }), [apply]);
  const reset = useCallback(() => {
    apply({ type: COMPOSER_ACTIONS.reset });
    setDraft('', true);
  }, [apply, setDraft]);

  // While the server's refusal stands (until an edit), its findings are the ones to remove.
  const removalVerdictOf = useCallback(
    (text: string) => (stateRef.current.status === 'rejected' && stateRef.current.rejection) || verdictOf(text),
    [stateRef, verdictOf],
  );
  // Sending the very text the server refused would only be refused again: it counts as blocked.
  const sendNow = useComposerSend({ draftKey, valueRef, keyRef, verdictOf: removalVerdictOf, apply, latest, clearSent });
  const send = useCallback(async () => {
    // The text being sent is known: the verdict shown with the outcome is its own, not a frame old.
    markKnown(valueRef.current);
    await sendNow();
  }, [markKnown, sendNow, valueRef]);

  const placeCaret = useCallback((caret: number) => {
    pendingCaret.current = caret;
  }, []);
  const { removeFlagged, removeFinding, undoRemoval } = useFlaggedRemoval({
    valueRef, textareaRef, wasFocusedRef, placeCaret, verdictOf: removalVerdictOf, setKnownDraft, markKnown, apply, stateRef, flaggedReplacement, maxLength,
  });
  const undo = useCallback(() => undoRemoval(), [undoRemoval]);

  const disputeFinding = useCallback(
    (finding: { match: ContactMatch }) => {
      apply({ type: COMPOSER_ACTIONS.findingDisputed, key: findingKey(finding.match) });
      latest.current.onDispute?.(finding.match);
    },
    [apply, latest],
  );

  // Applied after the new text is in the textarea; focus returns there (the fix is usually a button).
  useIsomorphicLayoutEffect(() => {
    const caret = pendingCaret.current;
    const textarea = textareaRef.current;
    if (caret === undefined || !textarea || textarea.value !== value) return;
    pendingCaret.current = undefined;
    textarea.focus();
    textarea.setSelectionRange(caret, caret);
  }, [value]);

  const effective = useMemo(
    () => composerVerdict(guard.verdict, { disputed: state.disputed, rejection: state.status === 'rejected' ? state.rejection : undefined }),
    [guard.verdict, state.disputed, state.status, state.rejection],
  );
  const verdict = useHeldWarning(effective, value, knownValue, caret);

  // Covers the current text even while the verdict lags a frame behind typing: the last findings
  // are carried over the edit, so marks elsewhere in the draft stay put in the meantime.
  const { checkedText } = guard;
  const segments = useMemo(() => {
    const carried = findingsAfterEdit(checkedText, value, { matches: verdict.matches, violations: verdict.violations });
    return splitIntoSegments(value, carried.matches, carried.violations);
  }, [checkedText, value, verdict]);

  // A confirmation only makes sense for a warned draft: when the contract starts (or the policy
  // changes) while one is pending, the draft is plain again without an edit.
  const status: ComposerStatus = state.status === 'confirming' && effective.decision !== 'warn' ? 'idle' : state.status;

  const finding = useFindingPopover(verdict.violations, textareaRef);

  // A refused send from the button moves focus to the explanation (the banner), so it is read and
  // seen; from the keyboard in the textarea the component announces it instead, leaving focus put.
  const focusWarningOnBlock = useRef(false);
  useIsomorphicLayoutEffect(() => {
    if (!focusWarningOnBlock.current) return;
    focusWarningOnBlock.current = false;
    warningRef.current?.focus();
  }, [state.blockedAttempts]);

  const warningId = useId();
  const getters = useComposerPropGetters({
    value,
    decision: verdict.decision,
    status,
    warningId,
    textareaRef,
    warningRef,
    wasFocusedRef,
    setCaret,
    maxLength,
    submitOnEnter,
    shouldSubmit,
    changeValue,
    send,
    finding,
    onRefusedClick: () => {
      if (valueRef.current.trim() === '') {
        textareaRef.current?.focus();
        return;
      }
      focusWarningOnBlock.current = true;
      void send();
    },
  });

  return {
    value,
    setValue,
    verdict,
    decision: verdict.decision,
    status,
    error: state.error,
    acknowledged: state.acknowledged,
    segments,
    remaining: Math.max(0, maxLength - value.length),
    maxLength,
    send,
    acknowledge,
    removeFlagged,
    removeFinding,
    disputeFinding,
    undoable: state.undo && state.undo.after === value ? state.undo : undefined,
    undo,
    reset,
    blockedAttempts: state.blockedAttempts,
    disputed: state.disputed,
    finding,
    ...getters,
  };
}
