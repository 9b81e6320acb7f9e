/** One phrase found in a text: its span in the scanned text and its named groups. */
export interface PhraseHit {
  from: number;
  to: number;
  /** Index of the phrase in the list the set was built from. */
  phrase: number;
  groups: Readonly<Record<string, string | undefined>>;
}

/** A list of phrase patterns compiled once and matched against a text in one pass. */
export interface PhraseSet {
  find(text: string): PhraseHit[];
}

// A phrase's regex only runs where one of its leading words starts: one scan of the text for all
// leading words together, then each candidate phrase is tried anchored (sticky) at that spot. The
// cost is one pass plus a few anchored attempts per candidate word, whatever the number of phrases.
const WORD_AT = /[\p{L}]{1,24}/uy;
const MAX_TRIGGER = 24;

/**
 * Compiles phrase patterns (regex sources, case-insensitive, Unicode) that must start with a
 * literal word or an alternation of literal words: `(?:let|can)\\s…`, `call\\s…`, `escr[ií]beme`
 * starts with "escr". A pattern whose leading words cannot be read is a programming error.
 */
export function createPhraseSet(sources: readonly string[]): PhraseSet {
  const regexes = sources.map((source) => new RegExp(source, 'iuy'));
  const byTrigger = new Map<string, number[]>();
  sources.forEach((source, index) => {
    const triggers = phraseTriggers(source);
    if (!triggers) throw new Error(`createPhraseSet: cannot read the leading words of the phrase /${source}/; start it with a literal word`);
    for (const trigger of triggers) {
      const list = byTrigger.get(trigger) ?? [];
      if (!list.includes(index)) list.push(index);
      byTrigger.set(trigger, list);
    }
  });
  const triggerPattern = [...byTrigger.keys()]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const TRIGGERS = triggerPattern ? new RegExp(`(?<![\\p{L}\\d])(?:${triggerPattern})`, 'giu') : undefined;

  return {
    find(text) {
      const hits: PhraseHit[] = [];
      if (!TRIGGERS) return hits;
      for (const start of text.matchAll(TRIGGERS)) {
        WORD_AT.lastIndex = start.index;
        const word = (WORD_AT.exec(text)?.[0] ?? '').toLowerCase();
        const tried = new Set<number>();
        // Every trigger that is a prefix of the word here ("pay" and "payez" both start "payez-moi").
        for (let length = 1; length <= Math.min(word.length, MAX_TRIGGER); length += 1) {
          for (const phrase of byTrigger.get(word.slice(0, length)) ?? []) {
            if (tried.has(phrase)) continue;
            tried.add(phrase);
            const regex = regexes[phrase]!;
            regex.lastIndex = start.index;
            const found = regex.exec(text);
            if (found && found[0].length > 0) {
              hits.push({ from: start.index, to: start.index + found[0].length, phrase, groups: found.groups ?? {} });
            }
          }
        }
      }
      return hits;
    },
  };
}

/**
 * The literal words a phrase can start with, lower-case, cut where the pattern stops being literal
 * ("escr[ií]beme" → "escr", "let['’]?s" → "let"); undefined when a branch starts with no letter.
 */
export function phraseTriggers(source: string): string[] | undefined {
  const body = source.replace(/^(?:\\b|\(\?<!\[\\p\{L\}\\d\]\))/, '');
  const branches = body.startsWith('(?:') ? topLevelBranches(body.slice(3)) : [body];
  if (!branches) return undefined;
  const words: string[] = [];
  for (const branch of branches) {
    const nested = branch.startsWith('(?:') ? phraseTriggers(branch) : undefined;
    if (nested) {
      words.push(...nested);
      continue;
    }
    const word = /^\p{L}+/u.exec(branch)?.[0].toLowerCase();
    if (!word) return undefined;
    words.push(word);
  }
  return words;
}

/** Splits "a|b(?:c|d)|e)…" at its top-level bars, up to the parenthesis that closes the group. */
function topLevelBranches(group: string): string[] | undefined {
  const branches: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < group.length; index += 1) {
    const char = group[index];
    if (char === '\\') {
      index += 1;
    } else if (char === '[') {
      // Skip a character class: a "|" or ")" inside it is literal.
      while (index < group.length && group[index] !== ']') index += group[index] === '\\' ? 2 : 1;
    } else if (char === '(') {
      depth += 1;
    } else if (char === ')') {
      if (depth === 0) {
        // A quantified group ("(?:a|b)?x") may be skipped, so its words are not the only leads.
        return /^[?*]|^\{0/.test(group.slice(index + 1)) ? undefined : [...branches, group.slice(start, index)];
      }
      depth -= 1;
    } else if (char === '|' && depth === 0) {
      branches.push(group.slice(start, index));
      start = index + 1;
    }
  }
  return undefined;
}
