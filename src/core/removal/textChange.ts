/** The one replacement that turns one text into another: what an editor's single undo step holds. */
export interface TextChange {
  /** UTF-16 offset in the old text where the change starts. */
  from: number;
  /** UTF-16 offset in the old text where the change ends (exclusive). */
  to: number;
  /** What replaces `from…to`. */
  insert: string;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The smallest single replacement from `before` to `after` (common prefix and suffix kept), never
 * splitting a surrogate pair, so the browser can apply it as one undoable edit.
 *
 * @example
 * ```ts
 * textChange('call me on 555 now', 'call me now'); // { from: 8, to: 15, insert: '' }
 * ```
 */
export function textChange(before: string, after: string): TextChange {
  let from = 0;
  const shorter = Math.min(before.length, after.length);
  while (from < shorter && before.charCodeAt(from) === after.charCodeAt(from)) from += 1;
  if (from > 0 && isLowSurrogate(before.charCodeAt(from))) from -= 1;
  let suffix = 0;
  while (suffix < shorter - from && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix += 1;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix -= 1;
  return { from, to: before.length - suffix, insert: after.slice(from, after.length - suffix) };
}

/** Where a caret at `caret` in the old text belongs after `change`: before it stays, after it shifts, inside it goes to the change's end. */
export function mapThroughChange(caret: number, change: TextChange): number {
  if (caret <= change.from) return caret;
  if (caret >= change.to) return caret + change.insert.length - (change.to - change.from);
  return change.from + change.insert.length;
}
