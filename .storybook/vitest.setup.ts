import { cdp, page, userEvent } from 'vitest/browser';

// The globals' types are declared in stories/support/touch.ts and stories/support/pressKey.ts.

// storybook/test's userEvent dispatches synthetic events, which browsers never act on (Escape
// does not cancel a modal <dialog>). Vitest's userEvent presses keys through Playwright, as a
// person would, so play functions use it when stories run as tests (stories/support/pressKey.ts).
globalThis.__onplatformTrustedKeyboard = (keys) => userEvent.keyboard(keys);

globalThis.__onplatformViewport = (width, height) => page.viewport(width, height);

// A tap the browser treats as a finger's: touchstart/touchend, pointer events with
// pointerType "touch", then the click. Hover-only UI (a tooltip) never opens from it.
globalThis.__onplatformTrustedTap = async (element) => {
  const session = cdp();
  await session.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  // CDP takes coordinates in the top page; the story runs in a (possibly scaled) iframe.
  const frame = window.frameElement?.getBoundingClientRect();
  const scale = frame ? frame.width / window.innerWidth : 1;
  const box = element.getBoundingClientRect();
  const x = (frame?.left ?? 0) + (box.left + box.width / 2) * scale;
  const y = (frame?.top ?? 0) + (box.top + box.height / 2) * scale;
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
};

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
