import { userEvent } from 'vitest/browser';

// storybook/test's userEvent dispatches synthetic events, which browsers never act on (Escape
// does not cancel a modal <dialog>). Vitest's userEvent presses keys through Playwright, as a
// person would, so play functions use it when stories run as tests (stories/support/pressKey.ts).
globalThis.__onplatformTrustedKeyboard = (keys) => userEvent.keyboard(keys);
