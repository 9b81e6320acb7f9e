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

// jsdom (29) has HTMLDialogElement but neither showModal() nor close(). This stand-in only opens
// and closes the element and fires `close`: no top layer, no inert page, no focus moves, no Escape.
// That real behaviour is tested in Chromium by the ReportButton stories' play functions
// (npx vitest run --project storybook). Node-environment test files have no HTMLDialogElement.
if (typeof HTMLDialogElement !== 'undefined' && !('showModal' in HTMLDialogElement.prototype)) {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.open = true;
    },
    close(this: HTMLDialogElement, returnValue?: string) {
      if (!this.open) return;
      if (returnValue !== undefined) this.returnValue = returnValue;
      this.open = false;
      this.dispatchEvent(new Event('close'));
    },
  });
}

afterEach(() => {
  cleanup();
});
