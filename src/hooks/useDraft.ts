import { useCallback, useRef } from 'react';
import { useControllableState } from '../utils/useControllableState.js';
import { useIsHydrating } from '../utils/useIsHydrating.js';
import { useIsomorphicLayoutEffect } from '../utils/useIsomorphicLayoutEffect.js';
import { useLatest } from '../utils/useLatest.js';
import { type SteeringReducer, useSteeredReducer } from '../utils/useSteeredReducer.js';
import { DRAFT_ACTIONS, type DraftAction, draftReducer, type DraftState, INITIAL_DRAFT_STATE } from './draftReducer.js';
import { readDraft, writeDraft } from './draftStorage.js';

export interface UseDraftOptions {
  /** The draft, controlled. */
  value: string | undefined;
  /** The first draft when uncontrolled (a stored `draftKey` draft wins). */
  defaultValue: string | undefined;
  onValueChange: ((value: string) => void) | undefined;
  draftKey: string | undefined;
  /** Steers the draft's transitions (`draftReducer`), as the composer's `stateReducer` steers its own. */
  stateReducer?: SteeringReducer<DraftState, DraftAction> | undefined;
  /** Names the hook in development warnings. */
  name: string;
}

/**
 * The draft text: controlled or uncontrolled, and with `draftKey` kept in sessionStorage so it
 * survives an unmount and a reload. `knownValue` is the last text set by code rather than typed
 * (`setByCode`, a restored draft, a cleared one): the composer checks it at once. `caret` is where
 * the caret was after the last typed change.
 */
export function useDraft({ value: controlledValue, defaultValue, onValueChange, draftKey, stateReducer, name }: UseDraftOptions) {
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
  const [state, apply] = useSteeredReducer(draftReducer, INITIAL_DRAFT_STATE, stateReducer);
  const keyRef = useLatest(draftKey);

  /** A change typed into the textarea, with the caret after it. */
  const setTyped = useCallback(
    (next: string, caret: number | undefined) => {
      apply({ type: DRAFT_ACTIONS.typed, value: next, caret });
      setControllableValue(next);
      writeDraft(keyRef.current, next);
    },
    [apply, keyRef, setControllableValue],
  );

  /** A text set by code (not typed): checked at once. */
  const setByCode = useCallback(
    (next: string) => {
      apply({ type: DRAFT_ACTIONS.codeChanged, value: next });
      setControllableValue(next);
      writeDraft(keyRef.current, next);
    },
    [apply, keyRef, setControllableValue],
  );

  /** Marks a text about to arrive through the textarea's input event, or being sent, as a code change. */
  const markKnown = useCallback((next: string) => void apply({ type: DRAFT_ACTIONS.codeChanged, value: next }), [apply]);

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
      apply({ type: DRAFT_ACTIONS.sentCleared });
      setControllableValue('');
      writeDraft(key, '');
    },
    [apply, keyRef, setControllableValue, valueRef],
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
    apply({ type: DRAFT_ACTIONS.codeChanged, value: next });
    setControllableValue(next);
  }, [apply, draftKey, isControlled, setControllableValue, valueRef]);

  // Controlled: a value the parent sets on its own (not echoing typing) is a code change too.
  const knownValue = isControlled && value !== state.lastTyped ? value : state.knownValue;
  return { value, valueRef, keyRef, knownValue, caret: state.caret, setTyped, setByCode, markKnown, clearSent };
}
