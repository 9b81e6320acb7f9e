import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no layout: Radix measures its popper content with ResizeObserver, which jsdom lacks.
// A no-op observer is enough here; real layout is exercised in the Storybook run in Chromium.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

// No stand-in for HTMLDialogElement's showModal()/close(), which jsdom (29) lacks: ReportButton falls
// back to the `open` attribute with its own focus handling there, as it must in consumers' jsdom
// suites (test/components/ReportButton.test.tsx checks this). Real modality (top layer, inert page,
// backdrop) is tested in Chromium by the ReportButton stories' play functions.

afterEach(() => {
  cleanup();
});
