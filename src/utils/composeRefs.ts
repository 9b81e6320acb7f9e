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
