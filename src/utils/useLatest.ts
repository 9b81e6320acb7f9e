import { useEffect, useLayoutEffect, useRef } from 'react';

// Server renders have no layout; effects don't run there anyway.
export const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** A ref that always holds the latest committed value, for event handlers and async callbacks. */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
