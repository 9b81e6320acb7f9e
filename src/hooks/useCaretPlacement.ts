import { type RefObject, useCallback, useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../utils/useIsomorphicLayoutEffect.js';

/**
 * Puts the caret where a change made by code left it (a removal, its undo), once that text is in
 * the textarea; focus returns there, since the change usually came from a button. Returns the
 * function that asks for it, to call with the change.
 */
export function useCaretPlacement(textareaRef: RefObject<HTMLTextAreaElement | null>, value: string): (caret: number) => void {
  const pending = useRef<number | undefined>(undefined);
  useIsomorphicLayoutEffect(() => {
    const caret = pending.current;
    const textarea = textareaRef.current;
    if (caret === undefined || !textarea || textarea.value !== value) return;
    pending.current = undefined;
    textarea.focus();
    textarea.setSelectionRange(caret, caret);
  }, [textareaRef, value]);
  return useCallback((caret: number) => {
    pending.current = caret;
  }, []);
}
