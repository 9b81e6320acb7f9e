import { type RefObject, type UIEvent, useCallback, useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../utils/useIsomorphicLayoutEffect.js';

/** The browser grows the textarea with its content (CSS `field-sizing`, Chromium 123+, Safari 26+). */
const sizesItself = () => globalThis.CSS?.supports?.('field-sizing', 'content') === true;

export interface AutoGrowTextarea {
  /** For the textarea (merged into the composer's own ref by `getTextareaProps`). */
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  /** For the layer behind the textarea that must scroll with it (the underlines). */
  layerRef: RefObject<HTMLDivElement | null>;
  /** The textarea's `onScroll`: moves the layer with it. */
  handleScroll: (event: UIEvent<HTMLTextAreaElement>) => void;
}

/**
 * A textarea that grows with its content (up to its CSS max-height), with a layer behind it that
 * follows its scrolling. Where CSS can (`field-sizing: content`) the browser grows it in its own
 * layout; elsewhere it takes a layout read per change, and only a shorter text needs the reset to
 * "auto" (a second layout).
 */
export function useAutoGrowTextarea(value: string): AutoGrowTextarea {
  const textareaRef = useRef<HTMLTextAreaElement | null>(null);
  const layerRef = useRef<HTMLDivElement | null>(null);
  const previousLength = useRef(0);

  const followScroll = useCallback((scrollTop: number) => {
    if (layerRef.current) layerRef.current.style.transform = scrollTop ? `translateY(${-scrollTop}px)` : '';
  }, []);
  const handleScroll = useCallback((event: UIEvent<HTMLTextAreaElement>) => followScroll(event.currentTarget.scrollTop), [followScroll]);

  useIsomorphicLayoutEffect(() => {
    const textarea = textareaRef.current;
    if (!textarea || sizesItself()) return;
    const shrank = value.length < previousLength.current;
    previousLength.current = value.length;
    if (shrank) textarea.style.height = 'auto';
    if (shrank || textarea.scrollHeight > textarea.clientHeight) textarea.style.height = `${textarea.scrollHeight + 2}px`;
    followScroll(textarea.scrollTop);
  }, [followScroll, value]);

  return { textareaRef, layerRef, handleScroll };
}
