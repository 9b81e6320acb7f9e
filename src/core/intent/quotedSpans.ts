/** Where a message quotes someone else: "…", «…», „…“, 「…」, and '…' opened at a word's start. */
const PAIRS = new Map<string, string>([
  ['"', '"'], ['“', '”'], ['„', '“'], ['«', '»'], ['「', '」'], ['『', '』'], ['‘', '’'], ["'", "'"],
]);
const MAX_QUOTE = 240;

/** The quoted spans of a text, in order and not overlapping; linear in the text's length. */
export function quotedSpans(text: string): Array<{ from: number; to: number }> {
  const spans: Array<{ from: number; to: number }> = [];
  for (let at = 0; at < text.length; at += 1) {
    const close = PAIRS.get(text[at]!);
    if (close === undefined) continue;
    // An apostrophe inside a word ("insta'dan", "what's") opens nothing.
    if (text[at] === "'" && at > 0 && !/\s/.test(text[at - 1]!)) continue;
    // Looked for within a bounded window, so a text full of unclosed quotes stays linear.
    const inside = text.slice(at + 1, at + 1 + MAX_QUOTE).indexOf(close);
    if (inside === -1) continue;
    const end = at + 1 + inside;
    if (close === "'" && end + 1 < text.length && /[\p{L}\d]/u.test(text[end + 1]!)) continue;
    spans.push({ from: at, to: end + 1 });
    at = end;
  }
  return spans;
}
