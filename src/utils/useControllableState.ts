import { useCallback, useEffect, useRef, useState } from 'react';
import { isDevelopment } from './isDevelopment.js';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js';

export interface ControllableStateOptions<T> {
  value: T | undefined;
  defaultValue: T | (() => T);
  onChange?: ((value: T) => void) | undefined;
  /** Names the component in the development warning. */
  name: string;
}

/**
 * The `value` / `defaultValue` / `onValueChange` pair: controlled when `value` is given, otherwise
 * the state lives here. Warns in development when a caller switches between the two.
 */
export function useControllableState<T>({ value, defaultValue, onChange, name }: ControllableStateOptions<T>) {
  const [uncontrolled, setUncontrolled] = useState<T>(defaultValue);
  const isControlled = value !== undefined;
  const wasControlled = useRef(isControlled);
  useEffect(() => {
    if (wasControlled.current === isControlled) return;
    if (isDevelopment()) {
      console.warn(
        `${name}: switched from ${wasControlled.current ? 'controlled' : 'uncontrolled'} to ${isControlled ? 'controlled' : 'uncontrolled'}. ` +
          'Pass `value` on every render (controlled) or never (uncontrolled, with `defaultValue`).',
      );
    }
    wasControlled.current = isControlled;
  }, [isControlled, name]);
  const current = isControlled ? value : uncontrolled;
  // The latest value for event handlers and async callbacks. Uncontrolled, setValue updates it at
  // once so two quick calls see each other; controlled, it only follows what the parent committed
  // (a parent may refuse or rewrite a change), re-synced after every commit.
  const currentRef = useRef(current);
  useIsomorphicLayoutEffect(() => {
    currentRef.current = current;
  });
  const setValue = useCallback(
    (next: T) => {
      if (Object.is(next, currentRef.current)) return;
      if (!isControlled) {
        currentRef.current = next;
        setUncontrolled(next);
      }
      onChange?.(next);
    },
    [isControlled, onChange],
  );
  return [current, setValue, currentRef] as const;
}
