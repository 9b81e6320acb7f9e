import type { ReactNode } from 'react';

/** Text for screen readers only (styled by .op-visually-hidden in tokens.css). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="op-visually-hidden">{children}</span>;
}
