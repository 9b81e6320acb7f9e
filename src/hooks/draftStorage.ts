/** Drafts survive an unmount and a reload in sessionStorage; SSR-safe and failure-tolerant. */
const PREFIX = 'onplatform:draft:';

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    // Storage can throw when disabled (privacy modes, sandboxed iframes).
    return undefined;
  }
}

export function readDraft(key: string | undefined): string | undefined {
  if (!key) return undefined;
  try {
    return storage()?.getItem(PREFIX + key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string | undefined, value: string): void {
  if (!key) return;
  try {
    if (value === '') storage()?.removeItem(PREFIX + key);
    else storage()?.setItem(PREFIX + key, value);
  } catch {
    // Quota exceeded or storage disabled: the draft still lives in memory.
  }
}
