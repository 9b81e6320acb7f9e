import { useCallback, useEffect, useRef } from 'react';
import { useControllableState } from '../utils/useControllableState.js';
import { useIsHydrating } from '../utils/useIsHydrating.js';
import { useLatest } from '../utils/useLatest.js';
import { readDraft, writeDraft } from './draftStorage.js';

export interface UseDraftOptions {
  value: string | undefined;
  defaultValue: string | undefined;
  onValueChange: ((value: string) => void) | undefined;
  draftKey: string | undefined;
  /** Names the hook in development warnings. */
  name: string;
}

/**
 * The draft text: controlled or uncontrolled, and with `draftKey` kept in sessionStorage so it
 * survives an unmount and a reload.
 */
export function useDraft({ value: controlledValue, defaultValue, onValueChange, draftKey, name }: UseDraftOptions) {
  const isControlled = controlledValue !== undefined;
  // While hydrating, the first render must match the server's (which had no storage): a stored
  // draft is restored right after instead, or attributes derived from it would stay stale.
  const hydrating = useIsHydrating();
  const [value, setControllableValue, valueRef] = useControllableState<string>({
    value: controlledValue,
    defaultValue: () => (hydrating ? undefined : readDraft(draftKey)) ?? defaultValue ?? '',
    onChange: onValueChange,
    name,
  });
  const keyRef = useLatest(draftKey);

  /** Sets the draft and stores it. */
  const setDraft = useCallback(
    (next: string) => {
      setControllableValue(next);
      writeDraft(keyRef.current, next);
    },
    [keyRef, setControllableValue],
  );

  /** After a successful send: clears the draft if it is still the text that was sent. */
  const clearSent = useCallback(
    (sent: string) => {
      // Text typed while the message was going out belongs to the next one: it stays.
      if (valueRef.current !== sent) return;
      setControllableValue('');
      writeDraft(keyRef.current, '');
    },
    [keyRef, setControllableValue, valueRef],
  );

  // A controlled or hydrated composer picks up the stored draft after mount (an uncontrolled one
  // mounted on the client already read it in its initial state); so does one whose draftKey
  // changes (another conversation in the same composer). `null`: nothing restored yet.
  const restoredKey = useRef<string | undefined | null>(isControlled || hydrating ? null : draftKey);
  useEffect(() => {
    if (restoredKey.current === draftKey) return;
    const keyChanged = restoredKey.current !== null;
    restoredKey.current = draftKey;
    const stored = readDraft(draftKey);
    if (stored !== undefined && (!isControlled || valueRef.current === '')) setControllableValue(stored);
    else if (keyChanged && !isControlled) setControllableValue('');
  }, [draftKey, isControlled, setControllableValue, valueRef]);

  return { value, valueRef, setDraft, clearSent };
}
