import { useMemo } from 'react';
import { stableKey } from './stableKey.js';

/**
 * Returns the first value seen for each distinct content: a new but equal array or options
 * object keeps the previous identity, so memos and effects that depend on it don't re-run. The
 * content is read only when the identity changes: a caller that keeps its object costs nothing.
 */
export function useStableValue<T>(value: T): T {
  const key = useMemo(() => stableKey(value), [value]);
  // Keyed by content on purpose: `value` itself may change identity on every render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => value, [key]);
}
