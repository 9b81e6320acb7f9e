import type {
  ButtonHTMLAttributes,
  ChangeEvent,
  FormEvent,
  FormHTMLAttributes,
  HTMLAttributes,
  KeyboardEvent,
  Ref,
  RefObject,
  TextareaHTMLAttributes,
} from 'react';
import type { PolicyDecision } from '../core/policy/policyTypes.js';
import { mergeProps } from '../utils/mergeProps.js';
import type { ComposerStatus } from './composerReducer.js';
import type { PropGetter } from './propGetter.js';

export interface ComposerPropGetters {
  /**
   * Props for the `<form>`: submitting sends. Sets `data-decision` ('allow' | 'warn' | 'block') and
   * `data-status` ('idle' | 'confirming' | 'sending' | 'error').
   */
  getFormProps: PropGetter<FormHTMLAttributes<HTMLFormElement>, HTMLFormElement>;
  /**
   * Props for the `<textarea>`: value and change handling (the hook owns `value`), the send keys
   * (Enter unless `submitOnEnter` is off, Ctrl/Cmd+Enter always, or `shouldSubmit`), `maxLength`,
   * `aria-invalid` for a blocked draft and `aria-describedby` pointing at the warning.
   */
  getTextareaProps: PropGetter<TextareaHTMLAttributes<HTMLTextAreaElement>, HTMLTextAreaElement, { ref: Ref<HTMLTextAreaElement> }>;
  /** Props for the send button: `type="submit"`, disabled for a blocked or empty draft and while sending. */
  getSendButtonProps: PropGetter<ButtonHTMLAttributes<HTMLButtonElement>, HTMLButtonElement>;
  /**
   * Props for the element that explains the verdict (the hook owns its `id`, which the textarea and
   * the button reference). Render it whenever the decision is not 'allow'; give it `role="alert"`
   * for a block and `role="status"` for a warning.
   */
  getWarningProps: PropGetter<HTMLAttributes<HTMLElement>, HTMLElement>;
}

export interface ComposerGetterInputs {
  value: string;
  decision: PolicyDecision;
  status: ComposerStatus;
  warningId: string;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  /** Set once the textarea had focus: only then does its selection say where the person works. */
  wasFocusedRef: RefObject<boolean>;
  maxLength: number | undefined;
  submitOnEnter: boolean;
  shouldSubmit: ((event: KeyboardEvent<HTMLTextAreaElement>) => boolean) | undefined;
  /** Applies a change typed into the textarea, uncut: the textarea's own maxlength holds typing. */
  changeValue: (value: string) => void;
  send: () => Promise<void>;
}

/** Enter while an IME is composing (Chinese, Japanese, Korean input) confirms the composition. */
function isComposing(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
  // keyCode 229 covers Safari, which fires the confirming keydown after compositionend.
  return event.nativeEvent?.isComposing === true || event.keyCode === 229;
}

const isPlainEnter = (event: KeyboardEvent<HTMLTextAreaElement>) =>
  event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;

/**
 * Ctrl+Enter, or Cmd+Enter on macOS: the chat convention for "send" that works even where Enter
 * makes a newline. Alt is excluded because AltGr (on Windows) reports Ctrl+Alt.
 */
const isModifierEnter = (event: KeyboardEvent<HTMLTextAreaElement>) =>
  event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey;

/** Without `shouldSubmit`: Enter sends when `submitOnEnter` is on, Ctrl/Cmd+Enter always does. */
const isDefaultSubmitKey = (event: KeyboardEvent<HTMLTextAreaElement>, submitOnEnter: boolean) =>
  (submitOnEnter && isPlainEnter(event)) || isModifierEnter(event);

/** The composer's prop getters; every one merges the caller's props through `mergeProps`. */
export function useComposerPropGetters(inputs: ComposerGetterInputs): ComposerPropGetters {
  const { value, decision, status, warningId, textareaRef, wasFocusedRef, maxLength, submitOnEnter, shouldSubmit, changeValue, send } = inputs;
  const flagged = decision !== 'allow';

  const getTextareaProps: ComposerPropGetters['getTextareaProps'] = (props) =>
    mergeProps(
      {
        ref: textareaRef,
        value,
        maxLength,
        'aria-invalid': decision === 'block' ? true : undefined,
        'aria-describedby': flagged ? warningId : undefined,
        'data-decision': decision,
        onChange: (event: ChangeEvent<HTMLTextAreaElement>) => changeValue(event.target.value),
        onFocus: () => {
          wasFocusedRef.current = true;
        },
        onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => {
          if (isComposing(event)) return;
          const submit = shouldSubmit ? shouldSubmit(event) : isDefaultSubmitKey(event, submitOnEnter);
          if (!submit) return;
          // No newline, even when the send is refused or already running.
          event.preventDefault();
          void send();
        },
      },
      props,
      ['value'],
    );

  const getFormProps: ComposerPropGetters['getFormProps'] = (props) =>
    mergeProps(
      {
        'data-decision': decision,
        'data-status': status,
        onSubmit: (event: FormEvent) => {
          event.preventDefault();
          void send();
        },
      },
      props,
    );

  const getSendButtonProps: ComposerPropGetters['getSendButtonProps'] = (props) =>
    mergeProps(
      {
        type: 'submit',
        disabled: decision === 'block' || status === 'sending' || value.trim() === '',
        'aria-describedby': flagged ? warningId : undefined,
        'data-status': status,
        'data-decision': decision,
      },
      props,
      ['disabled'],
    );

  const getWarningProps: ComposerPropGetters['getWarningProps'] = (props) => mergeProps({ id: warningId, 'data-decision': decision }, props, ['id']);

  return { getFormProps, getTextareaProps, getSendButtonProps, getWarningProps };
}
