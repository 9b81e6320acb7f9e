import { cdp, page, userEvent } from 'vitest/browser';

// storybook/test's userEvent dispatches synthetic events, which browsers never act on (Escape
// does not cancel a modal <dialog>). Vitest's userEvent presses keys through Playwright, as a
// person would, so play functions use it when stories run as tests (stories/support/pressKey.ts).
globalThis.__onplatformTrustedKeyboard = (keys) => userEvent.keyboard(keys);

// A real touch tap (Chromium's touch emulation through the DevTools protocol): the browser places
// the caret and fires touch, pointer (pointerType "touch") and click events itself.
globalThis.__onplatformTap = async (element, offsetX, offsetY) => {
  const box = element.getBoundingClientRect();
  const frame = window.frameElement?.getBoundingClientRect() ?? { left: 0, top: 0 };
  const point = { x: frame.left + box.left + offsetX, y: frame.top + box.top + offsetY };
  await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  try {
    await cdp().send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await cdp().send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } finally {
    await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: false });
  }
};

// A real click at a point inside an element (Playwright): the browser puts the caret there.
globalThis.__onplatformClickAt = (element, x, y) => userEvent.click(element, { position: { x, y } });

// Screenshots for review (issue 14's 360 px and 200 % zoom checks), in the git-ignored
// __screenshots__ folder next to the story file.
globalThis.__onplatformScreenshot = async (name, width, zoom = 1) => {
  await page.viewport(width, 900);
  document.documentElement.style.zoom = zoom === 1 ? '' : String(zoom);
  try {
    await page.screenshot({ path: `__screenshots__/review/${name}.png` });
  } finally {
    document.documentElement.style.zoom = '';
  }
};
