import { useEffect, useRef, useState } from 'react';
import { afterNextPaint } from './afterNextPaint.js';

/**
 * `value` as of the last painted frame while `active`; `value` itself otherwise. A change reaches
 * the caller in a second render, after the browser has painted the change, so work that depends on
 * it (detection on each keystroke) never holds back the typed character. Several changes within
 * one frame make one update, with the latest value.
 */
export function useValueAfterPaint<T>(value: T, active: boolean): T {
  const [painted, setPainted] = useState(value);
  const [wasActive, setWasActive] = useState(active);
  // On becoming active, start from the current value rather than one from long ago.
  if (active !== wasActive) {
    setWasActive(active);
    if (active) setPainted(value);
  }
  const latest = useRef(value);
  const cancelPending = useRef<(() => void) | undefined>(undefined);
  useEffect(() => {
    latest.current = value;
    if (!active || cancelPending.current || Object.is(value, painted)) return;
    cancelPending.current = afterNextPaint(() => {
      cancelPending.current = undefined;
      setPainted(latest.current);
    });
  }, [value, active, painted]);
  useEffect(
    () => () => {
      cancelPending.current?.();
      cancelPending.current = undefined;
    },
    [],
  );
  return active ? painted : value;
}
