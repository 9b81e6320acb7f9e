import { useCallback, useId, useRef } from 'react';
import { DEFAULT_MAX_LENGTH } from '../core/detectorOptions.js';
import type { ContactMatch } from '../core/types.js';
import { truncateToLength } from '../utils/truncateToLength.js';
import { useLatest } from '../utils/useLatest.js';
import { useStableValue } from '../utils/useStableValue.js';
import { useSteeredReducer } from '../utils/useSteeredReducer.js';
import { useComposerPropGetters } from './composerPropGetters.js';
import { COMPOSER_ACTIONS, type ComposerStatus, composerReducer, INITIAL_COMPOSER_STATE } from './composerReducer.js';
import { findingKey } from './composerVerdict.js';
import type { UseMessageComposerOptions, UseMessageComposerResult } from './messageComposerTypes.js';
import { type UseOnPlatformSettingsResult, useOnPlatformSettings } from './OnPlatformProvider.js';
import { useCaretPlacement } from './useCaretPlacement.js';
import { useComposerSegments } from './useComposerSegments.js';
import { useComposerSend } from './useComposerSend.js';
import { useComposerSteering } from './useComposerSteering.js';
import { useComposerVerdict } from './useComposerVerdict.js';
import { useDetector } from './useContactDetector.js';
import { useDraft } from './useDraft.js';
import { useFindingPopover } from './useFindingPopover.js';
import { useFlaggedRemoval } from './useFlaggedRemoval.js';
import { NO_HISTORY, usePolicyCheck } from './usePolicyCheck.js';
import { useRefusedSendFocus } from './useRefusedSendFocus.js';

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
  return useComposer(options, useOnPlatformSettings({ policy: options.policy, detectorOptions: options.detectorOptions }));
}

/** The settings a composer reads, resolved against the provider by whoever renders it. */
export type ComposerSettings = Pick<UseOnPlatformSettingsResult, 'policy' | 'detectorOptions'>;

/**
 * `useMessageComposer` with its settings already resolved: `MessageComposer` resolves the
 * provider's once per render (its copy too) and hands them here, as React Aria hands `state` down.
 * Each concept lives in its own hook; this one wires them together.
 */
export function useComposer(options: UseMessageComposerOptions, settings: ComposerSettings): UseMessageComposerResult {
  const { contractState, history = NO_HISTORY, submitOnEnter = true, shouldSubmit, draftKey, flaggedReplacement = '', stateReducer } = options;
  const maxLength = options.maxLength ?? settings.detectorOptions?.maxLength ?? DEFAULT_MAX_LENGTH;
  // One detector, one policy and one history for the live check and for the checks a send or a removal runs.
  const detector = useDetector(settings.detectorOptions);
  const policy = useStableValue(settings.policy);
  const stableHistory = useStableValue(history);
  const steering = useComposerSteering(stateReducer);

  const draft = useDraft({
    value: options.value, defaultValue: options.defaultValue, onValueChange: options.onValueChange, draftKey, stateReducer: steering.draft, name: 'useMessageComposer',
  });
  const { value, valueRef, knownValue } = draft;
  const [state, apply, stateRef] = useSteeredReducer(composerReducer, INITIAL_COMPOSER_STATE, steering.composer);
  const latest = useLatest({ contractState, history: stableHistory, onSend: options.onSend, onBlockedSend: options.onBlockedSend, onDispute: options.onDispute });

  const guard = usePolicyCheck({ text: value, contractState, detector, policy, history: stableHistory, knownText: knownValue });
  const verdicts = useComposerVerdict({ guard, detector, policy, latest, state, stateRef, text: value, knownText: knownValue, caret: draft.caret, heldWarningReducer: steering.heldWarning });
  const verdict = verdicts.shown;
  const segments = useComposerSegments(value, guard.checkedText, verdict);

  const textareaRef = useRef<HTMLTextAreaElement | null>(null);
  const warningRef = useRef<HTMLElement | null>(null);
  const wasFocusedRef = useRef(false);
  const placeCaret = useCaretPlacement(textareaRef, value);

  const { setTyped, setByCode, markKnown } = draft;
  /** A change typed into the textarea: its native `maxlength` already holds it to the limit. */
  const changeTyped = useCallback(
    (next: string, caret: number | undefined) => {
      setTyped(next, caret);
      apply({ type: COMPOSER_ACTIONS.valueChanged, value: next });
    },
    [apply, setTyped],
  );
  /** A change made by code: checked at once. */
  const setKnownDraft = useCallback(
    (next: string) => {
      setByCode(next);
      apply({ type: COMPOSER_ACTIONS.valueChanged, value: next });
    },
    [apply, setByCode],
  );
  // Programmatic changes get no help from the textarea's maxlength. Typed text is not cut here: an
  // IME may run past the limit mid-composition, and the browser settles that itself.
  const setValue = useCallback((next: string) => setKnownDraft(truncateToLength(next, maxLength)), [maxLength, setKnownDraft]);
  const acknowledge = useCallback(() => void apply({ type: COMPOSER_ACTIONS.acknowledged }), [apply]);
  const reset = useCallback(() => {
    apply({ type: COMPOSER_ACTIONS.reset });
    setByCode('');
  }, [apply, setByCode]);

  const sendNow = useComposerSend({ draftKey, valueRef, keyRef: draft.keyRef, verdictOf: verdicts.actionVerdictOf, apply, latest, clearSent: draft.clearSent });
  const send = useCallback(async () => {
    // The text being sent is known: the verdict shown with the outcome is its own, not a frame old.
    markKnown(valueRef.current);
    await sendNow();
  }, [markKnown, sendNow, valueRef]);

  const { removeFlagged, removeFinding, undoRemoval } = useFlaggedRemoval({
    valueRef, textareaRef, wasFocusedRef, placeCaret, verdictOf: verdicts.actionVerdictOf, setKnownDraft, markKnown, apply, stateRef, flaggedReplacement, maxLength,
  });
  const disputeFinding = useCallback(
    (finding: { match: ContactMatch }) => {
      apply({ type: COMPOSER_ACTIONS.findingDisputed, key: findingKey(finding.match) });
      latest.current.onDispute?.(finding.match);
    },
    [apply, latest],
  );

  // A confirmation only makes sense for a warned draft: when the contract starts (or the policy
  // changes) while one is pending, the draft is plain again without an edit.
  const status: ComposerStatus = state.status === 'confirming' && verdicts.effective.decision !== 'warn' ? 'idle' : state.status;
  const finding = useFindingPopover({
    violations: verdict.violations, textareaRef, open: options.findingOpen, defaultOpen: options.defaultFindingOpen, onOpenChange: options.onFindingOpenChange, stateReducer: steering.findingPopover,
  });
  const onRefusedClick = useRefusedSendFocus({ valueRef, textareaRef, warningRef, blockedAttempts: state.blockedAttempts, send });
  const warningId = useId();
  const getters = useComposerPropGetters({
    value, decision: verdict.decision, status, warningId, textareaRef, warningRef, wasFocusedRef, maxLength, submitOnEnter, shouldSubmit, changeTyped, send, finding, onRefusedClick,
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
    undo: undoRemoval,
    reset,
    blockedAttempts: state.blockedAttempts,
    disputed: state.disputed,
    finding,
    ...getters,
  };
}
