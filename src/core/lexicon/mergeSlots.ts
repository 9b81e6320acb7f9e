/** A table of word lists by slot name (a language's channel words, a language's platform names…). */
type WordSlots<T> = { [Slot in keyof T]?: readonly string[] | undefined };

/**
 * Every language's table merged slot by slot: each slot's words in the languages' order, repeats
 * kept (callers that need them unique make a Set). A slot missing from a language adds nothing.
 */
export function mergeSlots<T extends WordSlots<T>>(tables: readonly T[]): { [Slot in keyof T]-?: string[] } {
  const merged: Record<string, string[]> = {};
  for (const table of tables) {
    for (const [slot, words] of Object.entries(table) as [string, readonly string[] | undefined][]) (merged[slot] ??= []).push(...(words ?? []));
  }
  return merged as { [Slot in keyof T]-?: string[] };
}
