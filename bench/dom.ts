import { JSDOM } from 'jsdom';

/** A jsdom window as the global environment, so React can render in the bench process. */
export function installDom(): void {
  if (typeof document !== 'undefined') return;
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true, url: 'http://localhost/' });
  const globals = globalThis as Record<string, unknown>;
  for (const key of ['window', 'document', 'navigator', 'HTMLElement', 'Node', 'Event', 'KeyboardEvent', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame', 'MutationObserver', 'sessionStorage']) {
    if (!(key in globals)) globals[key] = (dom.window as unknown as Record<string, unknown>)[key];
  }
  globals.IS_REACT_ACT_ENVIRONMENT = true;
}
