import {
  type ChangeEvent,
  type FormEvent,
  type KeyboardEvent,
  useCallback,
  useId,
  useMemo,
  useReducer,
  useRef,
} from 'react';
import { checkMessage } from '../core/policy/checkMessage.js';
import type { CheckMessageResult, ContractState, PolicyOverrides } from '../core/policy/policyTypes.js';
import { removeSpans, splitIntoSegments, type TextSegment } from '../core/segments.js';
import type { DetectorOptions } from '../core/types.js';
import { mergeProps } from '../utils/mergeProps.js';
import { useControllableState } from '../utils/useControllableState.js';
import { useIsomorphicLayoutEffect, useLatest } from '../utils/useLatest.js';
import {
  COMPOSER_ACTIONS,
  type ComposerAction,
  type ComposerActionType,
  type ComposerState,
  type ComposerStatus,
  composerReducer,
  INITIAL_COMPOSER_STATE,
} from './composerReducer.js';
import { readDraft, writeDraft } from './draftStorage.js';
import { useOnPlatformSettings } from './OnPlatformProvider.js';
import { useDetector } from './useContactDetector.js';
import { usePolicyGuard } from './usePolicyGuard.js';


export interface UseMessageComposerOptions {
  contractState: ContractState;
  /** Sends the message; may return a promise. A rejection keeps the draft and sets `error`. */
  onSend: (text: string, verdict: CheckMessageResult) => void | Promise<unknown>;
  /** Called when a send is refused because the policy blocks the draft (for logging). */
  onBlockedSend?: (verdict: CheckMessageResult) => void;
  /** Controlled value. */
  value?: string;
  /** Initial value when uncontrolled. @default '' */
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  /** The author's recent messages in this conversation, oldest first. @default [] */
  history?: readonly string[];
  /** @default the provider's policy */
  policy?: PolicyOverrides;
  /** @default the provider's detector options */
  detectorOptions?: DetectorOptions;
  /** Enter sends, Shift+Enter inserts a newline. @default true */
  submitOnEnter?: boolean;
  /** Decides per key press whether to send; wins over `submitOnEnter`. */
  shouldSubmit?: (event: KeyboardEvent<HTMLTextAreaElement>) => boolean;
  /** Character limit, enforced by the textarea. @default undefined */
  maxLength?: number;
  /** Keeps the draft in sessionStorage under this key across unmounts and reloads. @default undefined */
  draftKey?: string;
  /** Text put in place of each flagged span by `removeFlagged()`. @default '' */
  flaggedReplacement?: string;
  /** Steer state transitions: gets the current state and `{ type, changes }`, returns what to apply. */
  stateReducer?: (state: ComposerState, action: { type: ComposerActionType; changes: ComposerState }) => ComposerState;
}

type ElementProps = Record<string, unknown>;

export interface UseMessageComposerResult {
  value: string;
  setValue: (value: string) => void;
  verdict: CheckMessageResult;
  status: ComposerStatus;
  error: unknown;
  /** The draft split into plain and flagged runs, for an inline highlight layer. */
  segments: TextSegment[];
  /** Characters left before `maxLength`, or undefined without a limit. */
  remaining: number | undefined;
  /** A warned draft was confirmed (the next send goes out). */
  acknowledged: boolean;
  send: () => Promise<void>;
  acknowledge: () => void;
  removeFlagged: () => void;
  getFormProps: (props?: ElementProps) => ElementProps;
  getTextareaProps: (props?: ElementProps) => ElementProps;
  getSendButtonProps: (props?: ElementProps) => ElementProps;
  getWarningProps: (props?: ElementProps) => ElementProps;
}

/** Everything a message composer needs: draft, live verdict, policy-aware sending, prop getters. */
export function useMessageComposer(options: UseMessageComposerOptions): UseMessageComposerResult {
  const { contractState, onSend, onBlockedSend, history, submitOnEnter = true, shouldSubmit, maxLength, draftKey, flaggedReplacement = '', stateReducer } = options;
  const settings = useOnPlatformSettings({
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.detectorOptions ? { detectorOptions: options.detectorOptions } : {}),
  });
  const [value, setControllableValue, valueRef] = useControllableState<string>({
    value: options.value,
    defaultValue: () => readDraft(draftKey) ?? options.defaultValue ?? '',
    onChange: options.onValueChange,
    name: 'useMessageComposer',
  });

  // React applies updates with the reducer of the render that processes them, so a new
  // `stateReducer` takes effect from the next update on.
  const reducer = useCallback(
    (state: ComposerState, action: ComposerAction) => {
      const changes = composerReducer(state, action);
      return stateReducer ? stateReducer(state, { type: action.type, changes }) : changes;
    },
    [stateReducer],
  );
  const [state, dispatch] = useReducer(reducer, INITIAL_COMPOSER_STATE);
  const stateRef = useLatest(state);

  const guard = usePolicyGuard({
    text: value,
    contractState,
    ...(history ? { history } : {}),
    ...(settings.policy ? { policy: settings.policy } : {}),
    ...(settings.detectorOptions ? { detectorOptions: settings.detectorOptions } : {}),
  });
  const detector = useDetector(settings.detectorOptions);

  const warningId = useId();
  const textareaRef = useRef<HTMLTextAreaElement | null>(null);
  const pendingCaret = useRef<number | undefined>(undefined);
  const sendingRef = useRef(false);
  const latest = useLatest({ contractState, history, policy: settings.policy, onSend, onBlockedSend, draftKey });

  const setValue = useCallback(
    (next: string) => {
      setControllableValue(next);
      writeDraft(latest.current.draftKey, next);
      dispatch({ type: COMPOSER_ACTIONS.valueChanged });
    },
    [setControllableValue, latest],
  );

  const send = useCallback(async () => {
    const text = valueRef.current;
    if (sendingRef.current || text.trim() === '') return;
    const { contractState: state, history: recent, policy, onSend: deliver, onBlockedSend: blocked } = latest.current;
    // Always judge the text being sent now, never a verdict that may lag behind typing.
    const verdict = checkMessage(text, { contractState: state, detector, ...(recent ? { history: recent } : {}), ...(policy ? { policy } : {}) });
    if (verdict.decision === 'block') {
      dispatch({ type: COMPOSER_ACTIONS.sendBlocked });
      blocked?.(verdict);
      return;
    }
    if (verdict.decision === 'warn' && !stateRef.current.acknowledged) {
      const wasConfirming = stateRef.current.status === 'confirming';
      dispatch({ type: COMPOSER_ACTIONS.sendRequested });
      if (!wasConfirming) return;
    }
    sendingRef.current = true;
    dispatch({ type: COMPOSER_ACTIONS.sendStarted });
    try {
      await deliver(text, verdict);
      sendingRef.current = false;
      dispatch({ type: COMPOSER_ACTIONS.sendSucceeded });
      // Only clear what was sent: text typed while sending stays.
      if (valueRef.current === text) {
        setControllableValue('');
        writeDraft(latest.current.draftKey, '');
      }
    } catch (error) {
      sendingRef.current = false;
      dispatch({ type: COMPOSER_ACTIONS.sendFailed, error });
    }
  }, [detector, latest, setControllableValue, stateRef, valueRef]);

  const acknowledge = useCallback(() => dispatch({ type: COMPOSER_ACTIONS.acknowledged }), []);

  const removeFlagged = useCallback(() => {
    const text = valueRef.current;
    const verdict = checkMessage(text, {
      contractState: latest.current.contractState,
      detector,
      ...(latest.current.history ? { history: latest.current.history } : {}),
      ...(latest.current.policy ? { policy: latest.current.policy } : {}),
    });
    if (verdict.violations.length === 0) return;
    const result = removeSpans(text, verdict.violations.map((violation) => violation.match), flaggedReplacement);
    pendingCaret.current = result.caret;
    setValue(result.text);
  }, [detector, flaggedReplacement, latest, setValue, valueRef]);

  useIsomorphicLayoutEffect(() => {
    const caret = pendingCaret.current;
    const textarea = textareaRef.current;
    if (caret === undefined || !textarea) return;
    pendingCaret.current = undefined;
    textarea.focus();
    textarea.setSelectionRange(caret, caret);
  }, [value]);

  const segments = useMemo(
    () => splitIntoSegments(guard.checkedText, guard.verdict.matches, guard.verdict.violations),
    [guard.checkedText, guard.verdict],
  );
  const decision = guard.decision;
  const flagged = decision !== 'allow';

  const getTextareaProps = (props: ElementProps = {}) =>
    mergeProps(
      {
        ref: textareaRef,
        value,
        maxLength,
        'aria-invalid': decision === 'block' ? true : undefined,
        'aria-describedby': flagged ? warningId : undefined,
        'data-decision': decision,
        onChange: (event: ChangeEvent<HTMLTextAreaElement>) => setValue(event.target.value),
        onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => {
          // Enter while an IME is composing (Chinese, Japanese, Korean input) confirms the
          // composition; it must never send. keyCode 229 covers browsers that report it that way.
          if (event.nativeEvent.isComposing || event.keyCode === 229) return;
          const submit = shouldSubmit ? shouldSubmit(event) : submitOnEnter && event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
          if (!submit) return;
          event.preventDefault();
          void send();
        },
      },
      props,
      ['value'],
    );

  const getFormProps = (props: ElementProps = {}) =>
    mergeProps(
      {
        'data-decision': decision,
        'data-status': state.status,
        onSubmit: (event: FormEvent) => {
          event.preventDefault();
          void send();
        },
      },
      props,
    );

  const getSendButtonProps = (props: ElementProps = {}) =>
    mergeProps(
      {
        type: 'submit',
        disabled: decision === 'block' || state.status === 'sending' || value.trim() === '',
        'aria-describedby': flagged ? warningId : undefined,
        'data-status': state.status,
        'data-decision': decision,
      },
      props,
      ['disabled'],
    );

  const getWarningProps = (props: ElementProps = {}) =>
    mergeProps({ id: warningId, 'data-decision': decision }, props, ['id']);

  return {
    value,
    setValue,
    verdict: guard.verdict,
    status: state.status,
    error: state.error,
    segments,
    remaining: maxLength === undefined ? undefined : Math.max(0, maxLength - value.length),
    acknowledged: state.acknowledged,
    send,
    acknowledge,
    removeFlagged,
    getFormProps,
    getTextareaProps,
    getSendButtonProps,
    getWarningProps,
  };
}
