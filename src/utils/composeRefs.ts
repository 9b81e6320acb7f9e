import type { Ref, RefCallback } from 'react';

/** One ref callback that feeds every given ref (object or callback). */
export function composeRefs<T>(...refs: Array<Ref<T> | undefined>): RefCallback<T> {
  return (node) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref && typeof ref === 'object') (ref as { current: T | null }).current = node;
    }
  };
}

type AnyRef = NonNullable<Ref<unknown>>;
const composed = new WeakMap<AnyRef, WeakMap<AnyRef, RefCallback<unknown>>>();

/**
 * `composeRefs(ours, theirs)`, the same callback for the same two refs: a prop getter called on
 * every render hands React the callback it already has, so React doesn't detach the element
 * (calling the refs with `null`) and attach it again on every render. Held weakly: a ref that is
 * dropped takes its callbacks with it.
 */
export function composeRefsStably<T>(ours: Ref<T>, theirs: Ref<T>): RefCallback<T> {
  if (!ours || !theirs) return composeRefs(ours, theirs);
  let byTheirs = composed.get(ours as AnyRef);
  if (!byTheirs) composed.set(ours as AnyRef, (byTheirs = new WeakMap()));
  let callback = byTheirs.get(theirs as AnyRef);
  if (!callback) byTheirs.set(theirs as AnyRef, (callback = composeRefs<unknown>(ours as Ref<unknown>, theirs as Ref<unknown>)));
  return callback as RefCallback<T>;
}
