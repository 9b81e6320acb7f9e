/**
 * The literal words a phrase pattern can start with ("let", "text", "what"…), or undefined when
 * they cannot be read off the pattern (the phrase then always runs). A cheap `includes` check on
 * them lets a recognizer skip most of its phrase regexes on most messages. Words are cut where
 * the pattern stops being literal: "escr[ií]beme" → "escr", "what'?s" → "what".
 */
export function leadingWords(phrase: string): string[] | undefined {
  const body = phrase.replace(/^\\b|^\(\?<!\[\\p\{L\}\\d\]\)/, '');
  const alternatives = body.startsWith('(?:') ? topLevelAlternatives(body.slice(3)) : [body];
  if (!alternatives) return undefined;
  const words = alternatives.map((alternative) => (/^[\p{L}]+/u.exec(alternative)?.[0] ?? '').toLowerCase());
  return words.every((word) => word.length >= 2) ? words : undefined;
}

/** Splits "a|b(?:c|d)|e)…" at the top-level bars up to the closing parenthesis of the group. */
function topLevelAlternatives(group: string): string[] | undefined {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < group.length; index += 1) {
    const char = group[index];
    if (char === '\\') {
      index += 1;
    } else if (char === '(') {
      depth += 1;
    } else if (char === ')') {
      if (depth === 0) return [...alternatives, group.slice(start, index)];
      depth -= 1;
    } else if (char === '|' && depth === 0) {
      alternatives.push(group.slice(start, index));
      start = index + 1;
    }
  }
  return undefined;
}
