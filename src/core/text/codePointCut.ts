/**
 * `at`, or one less when cutting `text` there would split a surrogate pair: a cut never leaves
 * half an emoji (a lone surrogate) on either side. Every length cap in core cuts through this.
 */
export function codePointCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return at > 0 && at < text.length && code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at) & 0xfc00) === 0xdc00 ? at - 1 : at;
}

/** How many UTF-16 units the code point at `at` takes: 2 for a whole surrogate pair, else 1. */
export function codePointLength(text: string, at: number): number {
  return (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

/** The whole code point that ends right before `at` ('' at the start of the text). */
export function codePointBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const pair = at > 1 && (text.charCodeAt(at - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return text.slice(pair ? at - 2 : at - 1, at);
}
