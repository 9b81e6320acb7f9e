/**
 * A regex alternation of literal names, longest first (so "whats app" wins over "whats"), with
 * each space allowed to stretch to `space` (e.g. "\\s{0,2}": "cash app" also matches "cashapp").
 */
export function alternation(names: Iterable<string>, space: string): string {
  return [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, space))
    .join('|');
}
