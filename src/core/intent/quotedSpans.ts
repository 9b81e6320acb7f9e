/** Where a message quotes someone else: "…", «…», „…“, 「…」, and '…' opened at a word's start. */
const PAIRS = new Map<string, string>([
  ['"', '"'], ['“', '”'], ['„', '“'], ['«', '»'], ['「', '」'], ['『', '』'], ['‘', '’'], ["'", "'"],
]);
const MAX_QUOTE = 240;
const OPENING = /["“„«「『‘']/g;

/** The quoted spans of a text, in order and not overlapping; linear in the text's length. */
export function quotedSpans(text: string): Array<{ from: number; to: number }> {
  const spans: Array<{ from: number; to: number }> = [];
  OPENING.lastIndex = 0;
  for (let found = OPENING.exec(text); found; found = OPENING.exec(text)) {
    const at = found.index;
    const close = PAIRS.get(found[0])!;
    // An apostrophe inside a word ("insta'dan", "what's") opens nothing.
    if (text[at] === "'" && at > 0 && !/\s/.test(text[at - 1]!)) continue;
    // Looked for within a bounded window, so a text full of unclosed quotes stays linear.
    const inside = text.slice(at + 1, at + 1 + MAX_QUOTE).indexOf(close);
    if (inside === -1) continue;
    const end = at + 1 + inside;
    if (close === "'" && end + 1 < text.length && /[\p{L}\d]/u.test(text[end + 1]!)) continue;
    spans.push({ from: at, to: end + 1 });
    OPENING.lastIndex = end + 1;
  }
  return spans;
}
