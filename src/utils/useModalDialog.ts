import { type RefObject, type SyntheticEvent, useEffect, useRef } from 'react';
import { useIsomorphicLayoutEffect } from './useLatest.js';

/**
 * Keeps a native `<dialog>` shown modally (`showModal()`: the rest of the page inert, focus moved
 * in and given back on close) exactly while `isOpen`, starting on `initialFocus` when given. The
 * browser's own ways out — Escape (the `cancel` event) and a click on the backdrop — go through
 * `onDismiss`, so the caller's state decides whether the dialog closes (the report dialog stays
 * open while a report is sending).
 *
 * Where `showModal` is missing (jsdom, so consumers' own test suites; Safari before 15.4) it falls
 * back to the `open` attribute and does the browser's part itself: focus moves to `initialFocus`,
 * Escape fires `cancel` on the dialog, and focus goes back to where it was on close. The page
 * behind stays interactive there: no top layer, no inert, no backdrop.
 */
export function useModalDialog(isOpen: boolean, onDismiss: () => void, initialFocus?: RefObject<HTMLElement | null>) {
  const ref = useRef<HTMLDialogElement>(null);
  const pressedOnBackdrop = useRef(false);
  // The fallback only: where focus was before the dialog opened.
  const returnFocusTo = useRef<Element | null>(null);
  // No dependency list on purpose: Chromium closes a dialog on a second Escape without user
  // activation even when `cancel` is prevented, so every render re-checks (a report that fails
  // after such a close reopens the dialog with its retry).
  useIsomorphicLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const native = typeof dialog.showModal === 'function';
    if (isOpen && !dialog.hasAttribute('open')) {
      if (native) dialog.showModal();
      else {
        returnFocusTo.current = dialog.ownerDocument.activeElement;
        dialog.setAttribute('open', '');
      }
      initialFocus?.current?.focus();
    } else if (!isOpen && dialog.hasAttribute('open')) {
      if (native) dialog.close();
      else {
        dialog.removeAttribute('open');
        (returnFocusTo.current as HTMLElement | null)?.focus?.();
        returnFocusTo.current = null;
      }
    }
  });
  // The fallback's Escape: what the browser does for a modal dialog, a cancelable `cancel` event.
  useEffect(() => {
    const dialog = ref.current;
    if (!isOpen || !dialog || typeof dialog.showModal === 'function') return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    };
    const { ownerDocument } = dialog;
    ownerDocument.addEventListener('keydown', onKeyDown);
    return () => ownerDocument.removeEventListener('keydown', onKeyDown);
  }, [isOpen]);
  // The dialog has no padding of its own (its content does), so a press and a release both on the
  // dialog element itself are on the backdrop; a text selection dragged out of the form is not.
  const isOnBackdrop = (event: SyntheticEvent) => event.target === event.currentTarget;
  return {
    ref,
    onCancel: (event: SyntheticEvent) => {
      event.preventDefault();
      onDismiss();
    },
    onClose: () => {
      if (isOpen) onDismiss();
    },
    onPointerDown: (event: SyntheticEvent) => {
      pressedOnBackdrop.current = isOnBackdrop(event);
    },
    onClick: (event: SyntheticEvent) => {
      if (pressedOnBackdrop.current && isOnBackdrop(event)) onDismiss();
      pressedOnBackdrop.current = false;
    },
  };
}
