/**
 * A string that is equal for equal plain data, whatever the key order: `{ a: 1, b: [2] }` and
 * `{ b: [2], a: 1 }` give the same key. Used to memoise on options by value, so callers can pass
 * a fresh object literal on every render without rebuilding anything. Functions, symbols and
 * `undefined` properties are skipped, as in JSON.
 */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(item).sort()) sorted[key] = (item as Record<string, unknown>)[key];
    return sorted;
  }) ?? 'undefined';
}
