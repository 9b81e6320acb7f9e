import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * True while React hydrates server HTML (and on the server), false in a client-only render.
 * Browser-only state (storage, media queries) must wait for an effect while this is true, so the
 * first client render matches the server's.
 */
export function useIsHydrating(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => false,
    () => true,
  );
}
