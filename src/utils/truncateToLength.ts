const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Cuts `text` to at most `maxLength` UTF-16 code units (the unit a textarea's `maxlength` counts),
 * one unit shorter when the cut would split a surrogate pair: half an emoji is not a character.
 * Text within the limit comes back unchanged.
 */
export function truncateToLength(text: string, maxLength: number): string {
  const limit = Math.max(0, Math.floor(maxLength));
  if (text.length <= limit) return text;
  const splitsPair = limit > 0 && isHighSurrogate(text.charCodeAt(limit - 1)) && isLowSurrogate(text.charCodeAt(limit));
  return text.slice(0, splitsPair ? limit - 1 : limit);
}
