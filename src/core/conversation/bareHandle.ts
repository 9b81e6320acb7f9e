/**
 * A message that is one handle and nothing else ("olga_repetitor", "@kasianowak", "$mkeller"):
 * what someone sends right after "add me on Telegram" or "my Venmo". A word alone is not one:
 * it needs an @ or $ in front, or a dot, underscore or digit inside, and three letters.
 */
const HANDLE = /^[@$]?[\p{L}\p{Nd}][\p{L}\p{Nd}._-]{2,39}$/u;
const MARKED = /^[@$]|[._\p{Nd}]/u;
const LETTERS = /\p{L}/gu;
const MIN_LETTERS = 3;

/** The handle's span in `text`, or undefined when the message is not a lone handle. */
export function loneHandle(text: string): { start: number; end: number } | undefined {
  const handle = text.trim();
  if (!HANDLE.test(handle) || !MARKED.test(handle) || (handle.match(LETTERS)?.length ?? 0) < MIN_LETTERS) return undefined;
  const start = text.indexOf(handle);
  return { start, end: start + handle.length };
}
