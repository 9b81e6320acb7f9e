declare global {
  /** Set only when stories run as tests, by .storybook/vitest.setup.ts: a real touch tap at an offset inside `element`. */
  var __onplatformTap: ((element: Element, offsetX: number, offsetY: number) => Promise<void>) | undefined;
  /** Set only when stories run as tests: a real click at a point inside `element`. */
  var __onplatformClickAt: ((element: Element, x: number, y: number) => Promise<void>) | undefined;
  /** Set only when stories run as tests: a screenshot of the page at `width` CSS px and `zoom`, saved as __screenshots__/review/`name`.png beside the story file. */
  var __onplatformScreenshot: ((name: string, width: number, zoom?: number) => Promise<void>) | undefined;
}

/** Taps (touch) at an offset inside `element`; `false` in the Storybook UI, which has no touch emulation. */
export async function tap(element: Element, offsetX: number, offsetY: number): Promise<boolean> {
  if (!globalThis.__onplatformTap) return false;
  await globalThis.__onplatformTap(element, offsetX, offsetY);
  return true;
}

/** A click at a point inside `element`: a real one when stories run as tests, a synthetic one (caret set by hand) in the Storybook UI. */
export async function clickAt(element: HTMLTextAreaElement, x: number, y: number, caret: number): Promise<void> {
  if (globalThis.__onplatformClickAt) return globalThis.__onplatformClickAt(element, x, y);
  element.focus();
  element.setSelectionRange(caret, caret);
  element.click();
}

/** Saves a screenshot for review when stories run as tests; nothing in the Storybook UI. */
export async function screenshot(name: string, width: number, zoom?: number): Promise<void> {
  await globalThis.__onplatformScreenshot?.(name, width, zoom);
}
