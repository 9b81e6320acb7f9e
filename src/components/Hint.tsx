import * as Tooltip from '@radix-ui/react-tooltip';
import type { ReactElement, ReactNode } from 'react';

/**
 * A short explanation on hover and focus (Radix tooltip), shared by the banner's "Why?" and the
 * masks of hidden details. Tooltips don't open on touch and only describe their trigger, so
 * anything a person must know is also visible text. Needs a `Tooltip.Provider` above it.
 */
export function Hint({ children, content }: { children: ReactElement; content: ReactNode }) {
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>{children}</Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="op-Tooltip" sideOffset={6} collisionPadding={8}>
          {content}
          <Tooltip.Arrow className="op-Tooltip-arrow" />
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}

/** The provider every component brings itself, so integrators never have to. */
export function HintProvider({ children }: { children: ReactNode }) {
  return <Tooltip.Provider delayDuration={200}>{children}</Tooltip.Provider>;
}
