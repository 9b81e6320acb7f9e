/**
 * `at`, or one less when cutting `text` there would split a surrogate pair: a cut never leaves
 * half an emoji (a lone surrogate) on either side. Every length cap in core cuts through this.
 */
export function codePointCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return at > 0 && at < text.length && code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at) & 0xfc00) === 0xdc00 ? at - 1 : at;
}
