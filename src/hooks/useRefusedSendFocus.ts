import { type RefObject, useCallback, useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../utils/useIsomorphicLayoutEffect.js';

export interface RefusedSendFocusInputs {
  valueRef: RefObject<string>;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  warningRef: RefObject<HTMLElement | null>;
  /** Counts refused sends: a new refusal is the moment to move focus. */
  blockedAttempts: number;
  send: () => Promise<void>;
}

/**
 * A press of the send button while it is `aria-disabled`: for an empty draft focus goes to the
 * textarea; for a blocked one the send is attempted (and refused), and focus moves to the
 * explanation (the warning), so it is read and seen. From the keyboard in the textarea the
 * component announces the refusal instead, leaving focus put.
 */
export function useRefusedSendFocus({ valueRef, textareaRef, warningRef, blockedAttempts, send }: RefusedSendFocusInputs): () => void {
  const focusWarning = useRef(false);
  useIsomorphicLayoutEffect(() => {
    if (!focusWarning.current) return;
    focusWarning.current = false;
    warningRef.current?.focus();
  }, [blockedAttempts, warningRef]);
  return useCallback(() => {
    if (valueRef.current.trim() === '') {
      textareaRef.current?.focus();
      return;
    }
    focusWarning.current = true;
    void send();
  }, [send, textareaRef, valueRef]);
}
