import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delay` ms, while `active`; `value` itself otherwise.
 * Lets expensive work on long drafts wait for a pause in typing instead of running per keystroke.
 */
export function useSettledValue<T>(value: T, delay: number, active: boolean): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay, active]);
  return active ? settled : value;
}
