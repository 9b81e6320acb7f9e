import { userEvent } from 'storybook/test';

declare global {
  /** Set only when stories run as tests, by .storybook/vitest.setup.ts: a real touch tap (Chromium's touch emulation, through CDP). */
  var __onplatformTrustedTap: ((element: Element) => Promise<void>) | undefined;
  /** Set only when stories run as tests, by .storybook/vitest.setup.ts: resizes the story's frame. */
  var __onplatformViewport: ((width: number, height: number) => Promise<void>) | undefined;
}

/** Stories run as tests (the `storybook` Vitest project): taps are real touches, and the frame can be resized. */
export const isTestRun = () => globalThis.__onplatformTrustedTap !== undefined;

/**
 * Taps like a finger when stories run as tests (Chromium's touch emulation: touch and pointer
 * events with pointerType "touch", then the click; .storybook/vitest.setup.ts). In the Storybook
 * UI, a click stands in for it.
 */
export async function tap(element: Element): Promise<void> {
  const trusted = globalThis.__onplatformTrustedTap;
  if (trusted) return trusted(element);
  await userEvent.click(element);
}

/** Resizes the story's frame when stories run as tests (360 px phones, 200% zoom); no-op in the UI. */
export async function setViewport(width: number, height: number): Promise<void> {
  await globalThis.__onplatformViewport?.(width, height);
}

/** Vitest's default frame size, restored after a story that resized it. */
export const DEFAULT_VIEWPORT = { width: 414, height: 896 } as const;
