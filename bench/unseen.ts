/**
 * A paste is a text the detector has not read before, but the detector remembers what it read of
 * the last text to resume a rescan after an edit (a draft typed key by key). Timing the same text
 * over and over would time that resumption: alternate with a copy that differs in its first
 * character, so every run reads its text from the start.
 */
export function unseen(text: string): () => string {
  const variant = (text.startsWith('x') ? 'y' : 'x') + text.slice(1);
  let flip = false;
  return () => {
    flip = !flip;
    return flip ? text : variant;
  };
}
