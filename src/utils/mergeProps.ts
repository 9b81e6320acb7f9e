import type { Ref } from 'react';
import { composeRefsStably } from './composeRefs.js';
import { cx } from './cx.js';

type Props = Record<string, unknown>;

const JOINED_IDS = new Set(['aria-describedby', 'aria-labelledby', 'aria-controls']);

function isHandler(key: string, value: unknown): value is (event: unknown, ...rest: unknown[]) => unknown {
  return /^on[A-Z]/.test(key) && typeof value === 'function';
}

/**
 * Merges a hook's props with the caller's, the one way every prop getter does it:
 * - handlers: the caller's runs first; calling `event.preventDefault()` skips the hook's;
 * - `className` and id lists (`aria-describedby`…) are joined; `style` objects are merged;
 * - refs are merged, into the same callback for the same two refs (an element stays attached);
 * - other attributes: the caller's win, except the keys listed in `owned` (values the hook must
 *   control, like a textarea's `value`).
 */
export function mergeProps<Ours extends object, Theirs extends object = Props>(
  ours: Ours,
  theirs?: Theirs,
  owned: readonly string[] = [],
): Ours & Theirs {
  const merged: Props = { ...(ours as Props) };
  for (const [key, value] of Object.entries(theirs ?? {})) {
    const mine = (ours as Props)[key];
    if (value === undefined) continue;
    if (owned.includes(key) && mine !== undefined) continue;
    if (isHandler(key, value) && isHandler(key, mine)) {
      merged[key] = (event: unknown, ...rest: unknown[]) => {
        value(event, ...rest);
        const prevented = typeof event === 'object' && event !== null && (event as { defaultPrevented?: boolean }).defaultPrevented;
        if (!prevented) mine(event, ...rest);
      };
    } else if (key === 'className') {
      merged[key] = cx(mine as string | undefined, value as string);
    } else if (JOINED_IDS.has(key)) {
      merged[key] = cx(mine as string | undefined, value as string) || undefined;
    } else if (key === 'style' && typeof mine === 'object' && mine !== null) {
      merged[key] = { ...(mine as object), ...(value as object) };
    } else if (key === 'ref' && mine !== undefined) {
      merged[key] = composeRefsStably(mine as Ref<unknown>, value as Ref<unknown>);
    } else {
      merged[key] = value;
    }
  }
  return merged as Ours & Theirs;
}
