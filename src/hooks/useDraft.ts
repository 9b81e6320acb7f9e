import { useCallback, useRef, useState } from 'react';
import { useControllableState } from '../utils/useControllableState.js';
import { useIsHydrating } from '../utils/useIsHydrating.js';
import { useIsomorphicLayoutEffect } from '../utils/useIsomorphicLayoutEffect.js';
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
 * survives an unmount and a reload. `knownValue` is the last text set by code rather than typed
 * (`setDraft(text, true)`, a restored draft, a cleared one): the composer checks it at once.
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
  // The first text is checked at once anyway; afterwards only code-set texts are.
  const [knownValue, setKnownValue] = useState<string | undefined>(undefined);

  // Controlled: a value the parent sets on its own (not echoing typing) is a code change too.
  const [lastTyped, setLastTyped] = useState<string | undefined>(undefined);

  /** Sets the draft and stores it; `known` when code set it (not typing), so it is checked at once. */
  const setDraft = useCallback(
    (next: string, known = false) => {
      if (known) setKnownValue(next);
      else setLastTyped(next);
      setControllableValue(next);
      writeDraft(keyRef.current, next);
    },
    [keyRef, setControllableValue],
  );

  /**
   * After a successful send from the draft under `key`: clears that draft if it is still the text
   * that was sent. When the composer has moved on to another key meanwhile, only the stored draft
   * of the sent key is cleared (if unchanged), and the text on screen is left alone.
   */
  const clearSent = useCallback(
    (sent: string, key: string | undefined) => {
      if (key !== keyRef.current) {
        if (readDraft(key) === sent) writeDraft(key, '');
        return;
      }
      // Text typed while the message was going out belongs to the next one: it stays.
      if (valueRef.current !== sent) return;
      setKnownValue('');
      setControllableValue('');
      writeDraft(key, '');
    },
    [keyRef, setControllableValue, valueRef],
  );

  // A controlled or hydrated composer picks up the stored draft after mount (an uncontrolled one
  // mounted on the client already read it in its initial state); so does one whose draftKey
  // changes (another conversation in the same composer). `null`: nothing restored yet. A layout
  // effect: the other conversation's text is never painted under the new key.
  const restoredKey = useRef<string | undefined | null>(isControlled || hydrating ? null : draftKey);
  useIsomorphicLayoutEffect(() => {
    if (restoredKey.current === draftKey) return;
    const keyChanged = restoredKey.current !== null;
    // The conversation left keeps its text (a default value was never stored), so coming back, or
    // its send settling meanwhile, finds it there.
    if (keyChanged && !isControlled) writeDraft(restoredKey.current ?? undefined, valueRef.current);
    restoredKey.current = draftKey;
    const stored = readDraft(draftKey);
    const next = stored !== undefined && (!isControlled || valueRef.current === '') ? stored : keyChanged && !isControlled ? '' : undefined;
    if (next === undefined) return;
    setKnownValue(next);
    setControllableValue(next);
  }, [draftKey, isControlled, setControllableValue, valueRef]);

  const known = isControlled && value !== lastTyped ? value : knownValue;
  return { value, valueRef, keyRef, knownValue: known, markKnown: setKnownValue, setDraft, clearSent };
}
