import { type RefObject, useRef } from 'react';
import type { PolicyViolation } from '../core/policy/policyTypes.js';
import { useIsomorphicLayoutEffect } from '../utils/useIsomorphicLayoutEffect.js';

/**
 * Places a finding's popover under the finding's underline (`<mark data-start>` in the layer),
 * in the field's own direction; the CSS clamps it inside the field. Returns the popover's ref.
 */
export function useFindingPopoverPlacement(
  violation: PolicyViolation | undefined,
  text: string,
  underlinesRef: RefObject<HTMLDivElement | null>,
  textareaRef: RefObject<HTMLTextAreaElement | null>,
): RefObject<HTMLDivElement | null> {
  const popoverRef = useRef<HTMLDivElement | null>(null);
  useIsomorphicLayoutEffect(() => {
    const popover = popoverRef.current;
    const layer = underlinesRef.current;
    if (!popover || !layer || !violation) return;
    const mark = layer.querySelector<HTMLElement>(`mark[data-start="${violation.match.start}"]`);
    if (!mark) return;
    // The layer moves with the textarea's scrolling through a transform the offsets don't include.
    const scrolled = -(textareaRef.current?.scrollTop ?? 0);
    const field = popover.offsetParent as HTMLElement | null;
    const rtl = getComputedStyle(popover).direction === 'rtl';
    const start = rtl && field ? field.clientWidth - mark.offsetLeft - mark.offsetWidth : mark.offsetLeft;
    popover.style.top = `${mark.offsetTop + mark.offsetHeight + scrolled + 4}px`;
    // The CSS clamps this so the popover stays inside the field, whatever its width becomes later.
    popover.style.setProperty('--op-finding-start', `${Math.max(0, start)}px`);
  }, [violation, text]);
  return popoverRef;
}
