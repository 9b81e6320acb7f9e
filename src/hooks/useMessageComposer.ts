import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { checkMessage } from '../core/policy/checkMessage.js';
import { findingsAfterEdit } from '../core/findingsAfterEdit.js';
import { splitIntoSegments } from '../core/segments.js';
import type { ContactMatch } from '../core/types.js';
import { DEFAULT_MAX_LENGTH } from '../core/detectorOptions.js';
import { truncateToLength } from '../utils/truncateToLength.js';
import { useIsomorphicLayoutEffect } from '../utils/useIsomorphicLayoutEffect.js';
import { useLatest } from '../utils/useLatest.js';
import { useStableValue } from '../utils/useStableValue.js';
import { useSteeredReducer } from '../utils/useSteeredReducer.js';
import { useComposerPropGetters } from './composerPropGetters.js';
import { COMPOSER_ACTIONS, type ComposerStatus, composerReducer, INITIAL_COMPOSER_STATE } from './composerReducer.js';
import { composerVerdict, findingKey } from './composerVerdict.js';
import type { UseMessageComposerOptions, UseMessageComposerResult } from './messageComposerTypes.js';
import { useComposerSend } from './useComposerSend.js';
import { useFindingPopover } from './useFindingPopover.js';
import { useFlaggedRemoval } from './useFlaggedRemoval.js';
import { useHeldWarning } from './useHeldWarning.js';
import { useOnPlatformSettings } from './OnPlatformProvider.js';
import { useDetector } from './useContactDetector.js';
import { useDraft } from './useDraft.js';
import { usePolicyGuard } from './usePolicyGuard.js';

export type { UseMessageComposerOptions, UseMessageComposerResult } from './messageComposerTypes.js';

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
