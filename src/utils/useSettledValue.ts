import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delay` ms, while `active`; `value` itself otherwise.
 * Lets expensive work on long drafts wait for a pause in typing instead of running per keystroke.
 */
export function useSettledValue<T>(value: T, delay: number, active: boolean): T {
  const [settled, setSettled] = useState(value);
  const [wasActive, setWasActive] = useState(active);
  // On becoming active (a draft grows past the threshold), start from the current value: the
  // value from when the hook mounted may be long gone, and going back to it would flip a verdict.
  // Adjusting state during render (only on this transition) avoids a stale frame.
  if (active !== wasActive) {
    setWasActive(active);
    if (active) setSettled(value);
  }
  useEffect(() => {
    // Already settled: no timer. Setting the same value would not render now, but React keeps
    // such an update and renders it, to no effect, with the next keystroke's.
    if (!active || Object.is(value, settled)) return undefined;
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay, active, settled]);
  return active ? settled : value;
}
