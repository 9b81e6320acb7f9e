import type {
  ButtonHTMLAttributes,
  MouseEvent,
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
import { type FindingPopover, opensFindingPopover } from './useFindingPopover.js';

export interface ComposerPropGetters {
  /**
   * Props for the `<form>`: submitting sends. Sets `data-decision` ('allow' | 'warn' | 'block') and
   * `data-status` ('idle' | 'confirming' | 'sending' | 'error').
   */
  getFormProps: PropGetter<FormHTMLAttributes<HTMLFormElement>, HTMLFormElement>;
  /**
   * Props for the `<textarea>`: value and change handling (the hook owns `value`), the send keys
   * (Enter unless `submitOnEnter` is off, Ctrl/Cmd+Enter always, or `shouldSubmit`), `maxLength`,
   * `aria-invalid` for a blocked draft and `aria-describedby` pointing at the warning (and at an
   * open finding popover). A click, a tap or the arrow keys that put the caret inside a finding
   * open its popover (`finding`); typing closes it.
   */
  getTextareaProps: PropGetter<TextareaHTMLAttributes<HTMLTextAreaElement>, HTMLTextAreaElement, { ref: Ref<HTMLTextAreaElement> }>;
  /**
   * Props for the send button: `type="submit"`. It is never `disabled`, so it stays focusable and a
   * press is never silent: for a blocked or empty draft and while sending it has `aria-disabled`;
   * pressing it then moves focus to the warning (blocked; the refusal is counted as a send
   * attempt) or to the textarea (empty).
   */
  getSendButtonProps: PropGetter<ButtonHTMLAttributes<HTMLButtonElement>, HTMLButtonElement>;
  /**
   * Props for the element that explains the verdict (the hook owns its `id`, which the textarea and
   * the button reference, and `tabIndex={-1}`: a refused send moves focus there). Render it whenever
   * the decision is not 'allow'; give it `role="alert"` for a block and `role="status"` for a warning.
   */
  getWarningProps: PropGetter<HTMLAttributes<HTMLElement>, HTMLElement>;
}

export interface ComposerGetterInputs {
  value: string;
  decision: PolicyDecision;
  status: ComposerStatus;
  warningId: string;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  warningRef: RefObject<HTMLElement | null>;
  finding: FindingPopover;
  /** A press of the send button while it is `aria-disabled` (blocked or empty draft). */
  onRefusedClick: () => void;
  /** Set once the textarea had focus: only then does its selection say where the person works. */
  wasFocusedRef: RefObject<boolean>;
  maxLength: number | undefined;
  submitOnEnter: boolean;
  shouldSubmit: ((event: KeyboardEvent<HTMLTextAreaElement>) => boolean) | undefined;
  /**
   * Applies a change typed into the textarea, uncut (the textarea's own maxlength holds typing),
   * with the caret after it (for holding a fresh warning, see `useHeldWarning`).
   */
  changeTyped: (value: string, caret: number) => void;
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
  const { value, decision, status, warningId, textareaRef, warningRef, wasFocusedRef, maxLength, submitOnEnter, shouldSubmit, changeTyped, send, finding, onRefusedClick } =
    inputs;
  const flagged = decision !== 'allow';
  const popoverOpen = finding.violation !== undefined;
  const openAtCaret = (textarea: HTMLTextAreaElement) => {
    if (textarea.selectionStart === textarea.selectionEnd) finding.openAt(textarea.selectionEnd);
  };

  const getTextareaProps: ComposerPropGetters['getTextareaProps'] = (props) =>
    mergeProps(
      {
        ref: textareaRef,
        value,
        maxLength,
        'aria-invalid': decision === 'block' ? true : undefined,
        'aria-describedby': [flagged ? warningId : '', popoverOpen ? finding.popoverId : ''].filter(Boolean).join(' ') || undefined,
        'data-decision': decision,
        onChange: (event: ChangeEvent<HTMLTextAreaElement>) => {
          if (popoverOpen) finding.close();
          changeTyped(event.target.value, event.target.selectionEnd);
        },
        onFocus: () => {
          wasFocusedRef.current = true;
        },
        onClick: (event: MouseEvent<HTMLTextAreaElement>) => openAtCaret(event.currentTarget),
        onKeyUp: (event: KeyboardEvent<HTMLTextAreaElement>) => {
          if (opensFindingPopover(event)) openAtCaret(event.currentTarget);
        },
        onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => {
          if (event.key === 'Escape' && popoverOpen) {
            event.preventDefault();
            finding.close();
            return;
          }
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

  const refused = decision === 'block' || status === 'rejected' || value.trim() === '';
  const getSendButtonProps: ComposerPropGetters['getSendButtonProps'] = (props) =>
    mergeProps(
      {
        type: 'submit',
        'aria-disabled': refused || status === 'sending' ? true : undefined,
        'aria-describedby': flagged ? warningId : undefined,
        'data-status': status,
        'data-decision': decision,
        onClick: (event: MouseEvent<HTMLButtonElement>) => {
          if (!refused && status !== 'sending') return;
          // No form submission: the press explains itself instead (sending: it simply waits).
          event.preventDefault();
          if (refused) onRefusedClick();
        },
      },
      props,
      ['aria-disabled'],
    );

  const getWarningProps: ComposerPropGetters['getWarningProps'] = (props) =>
    mergeProps({ id: warningId, ref: warningRef, tabIndex: -1, 'data-decision': decision }, props, ['id']);

  return { getFormProps, getTextareaProps, getSendButtonProps, getWarningProps };
}
