import { userEvent } from 'storybook/test';

declare global {
  /** Set only when stories run as tests (the `storybook` Vitest project), by .storybook/vitest.setup.ts. */
  var __onplatformTrustedKeyboard: ((keys: string) => Promise<void>) | undefined;
}

/**
 * Presses keys so that the browser's own default actions run (Escape cancelling a modal
 * `<dialog>`). When stories run as tests, the keys go through Playwright, as a person's would
 * (.storybook/vitest.setup.ts). The Storybook UI only has synthetic events, which browsers don't
 * act on, so there Escape is followed by `requestClose()`, the dialog's own Escape path.
 */
export async function pressKey(keys: string): Promise<void> {
  const trusted = globalThis.__onplatformTrustedKeyboard;
  if (trusted) return trusted(keys);
  await userEvent.keyboard(keys);
  if (keys === '{Escape}') document.activeElement?.closest('dialog')?.requestClose();
}
