import { type KeyboardEvent, type RefObject, type SyntheticEvent, useRef } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

/**
 * Keeps a native `<dialog>` shown modally (`showModal()`: the rest of the page inert, focus moved
 * in and given back on close) exactly while `isOpen`, starting on `initialFocus` when given. The
 * browser's own ways out — Escape (the `cancel` event) and a click on the backdrop — go through
 * `onDismiss`, so the caller's state decides whether the dialog closes (the report dialog stays
 * open while a report is sending).
 *
 * Where `showModal` is missing (jsdom, so consumers' own test suites; Safari before 15.4) it falls
 * back to the `open` attribute and does the browser's part itself: focus moves to `initialFocus`,
 * Escape in the dialog dismisses it, and focus goes back to where it was on close. The page behind
 * stays interactive there: no top layer, no inert, no backdrop.
 */
export function useModalDialog(isOpen: boolean, onDismiss: () => void, initialFocus?: RefObject<HTMLElement | null>) {
  const ref = useRef<HTMLDialogElement>(null);
  const pressedOnBackdrop = useRef(false);
  // The fallback only: where focus was before the dialog opened.
  const returnFocusTo = useRef<HTMLElement | null>(null);
  // No dependency list on purpose: Chromium closes a dialog on a second Escape without user
  // activation even when `cancel` is prevented, so every render re-checks (a report that fails
  // after such a close reopens the dialog with its retry).
  useIsomorphicLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const native = !!dialog.showModal;
    // The attribute, not the property: an element that isn't a dialog to the browser has no `open`.
    const shown = dialog.hasAttribute('open');
    if (isOpen && !shown) {
      if (native) dialog.showModal();
      else {
        returnFocusTo.current = dialog.ownerDocument.activeElement as HTMLElement | null;
        dialog.setAttribute('open', '');
      }
      initialFocus?.current?.focus();
    } else if (!isOpen && shown) {
      if (native) dialog.close();
      else {
        dialog.removeAttribute('open');
        returnFocusTo.current?.focus();
      }
    }
  });
  // The dialog has no padding of its own (its content does), so a press and a release both on the
  // dialog element itself are on the backdrop; a text selection dragged out of the form is not.
  const isOnBackdrop = (event: SyntheticEvent) => event.target === event.currentTarget;
  const onCancel = (event: SyntheticEvent) => {
    event.preventDefault();
    onDismiss();
  };
  return {
    ref,
    onCancel,
    // The fallback's Escape (a modal dialog gets `cancel` from the browser instead). Focus is in the
    // dialog from the start, so the key reaches it; a handler that prevented it keeps it open.
    onKeyDown: (event: KeyboardEvent<HTMLDialogElement>) => {
      if (event.key === 'Escape' && !event.defaultPrevented && !event.currentTarget.showModal) onCancel(event);
    },
    // A close the browser forced (Chromium's second Escape). The event is queued, so the one from our
    // own close() can arrive after a quick reopen: a dialog that is open again was not closed.
    onClose: (event: SyntheticEvent<HTMLDialogElement>) => {
      if (isOpen && !event.currentTarget.hasAttribute('open')) onDismiss();
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
