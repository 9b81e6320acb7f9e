/**
 * Runs `callback` in a task after the browser has painted its next frame: a requestAnimationFrame
 * callback runs just before that paint, and a message posted from it is handled just after.
 * Without frames (a server, a worker) it runs in the next task; a hidden tab paints no frames, so
 * there it waits until the tab shows again. Returns a function that cancels.
 */
export function afterNextPaint(callback: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) callback();
  };
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(run, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(undefined);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}
