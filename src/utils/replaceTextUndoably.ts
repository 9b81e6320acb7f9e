import { textChange } from '../core/removal/textChange.js';

/**
 * Puts `next` into the textarea as one edit on the browser's own undo stack (so Ctrl+Z / Cmd+Z
 * restores the text), through `document.execCommand`: deprecated, but still the only way to reach
 * that stack, and implemented by every current browser for textareas. The textarea fires its
 * `input` event as if typed. Returns false where that did not produce `next` (jsdom, a server, a
 * browser that dropped the command): the caller then sets the value itself, without native undo.
 */
export function replaceTextUndoably(textarea: HTMLTextAreaElement | null, next: string): boolean {
  if (!textarea || typeof document === 'undefined' || typeof document.execCommand !== 'function') return false;
  const change = textChange(textarea.value, next);
  if (change.from === change.to && change.insert === '') return true;
  textarea.focus();
  textarea.setSelectionRange(change.from, change.to);
  try {
    const done = change.insert === '' ? document.execCommand('delete') : document.execCommand('insertText', false, change.insert);
    return done && textarea.value === next;
  } catch {
    return false;
  }
}

/** Steps the browser's undo stack back once if the textarea holds `after`; true when that gave `before`. */
export function undoNatively(textarea: HTMLTextAreaElement | null, after: string, before: string): boolean {
  if (!textarea || typeof document === 'undefined' || typeof document.execCommand !== 'function' || textarea.value !== after) return false;
  textarea.focus();
  try {
    return document.execCommand('undo') && textarea.value === before;
  } catch {
    return false;
  }
}
