/** One phrase found in a text: its span in the scanned text. */
export interface PhraseHit {
  from: number;
  to: number;
  /** Index of the phrase in the list the set was built from. */
  phrase: number;
  /** Span of the phrase's first capture group that took part in the match (e.g. a platform slot). */
  slot?: { from: number; to: number };
}

/** A list of phrase patterns compiled once and matched against a text in one pass. */
export interface PhraseSet {
  find(text: string): PhraseHit[];
}

/**
 * A literal word a phrase starts with. `exact` when the word must stand alone in the text ("i"
 * in "i['’]ll", "pay" in "pay\\s…"); otherwise the text's word only has to start with it ("pay"
 * in "pay(?:ing)?", "escr" cut before a character class it couldn't expand).
 */
export interface PhraseTrigger {
  word: string;
  exact: boolean;
}

// A phrase's regex only runs where one of its leading words starts: one scan of the text for all
// leading words together, then each candidate phrase is tried anchored (sticky) at that spot. The
// cost is one pass plus a few anchored attempts per candidate word, whatever the number of phrases.
const WORD_AT = /[\p{L}]{1,32}/uy;
// A text with more phrase hits than this is spam or an attack ("call me " ten thousand times):
// the verdict is the same after the first thousand, and the cap bounds the work per hit.
export const MAX_PHRASE_HITS = 1000;
const MAX_EXPANSIONS = 16;
const LETTER_OR_DIGIT = /[\p{L}\p{M}\d]/u;
// An unescaped "(" that doesn't start "(?:", "(?!"… (a character class holding "(" is not used in phrases).
const CAPTURING_GROUP = /(?:^|[^\\])\((?!\?)/;

/**
 * Compiles phrase patterns (regex sources, case-insensitive, Unicode) that each start with a
 * literal word or an alternation of literal words: `(?:let['’]?s|can\\s{1,3}we)\\s…`, `call\\s…`,
 * `p[aá]game` (expanded to "pagame" and "págame"). A pattern whose leading words cannot be read
 * is a programming error: it would have to be tried at every position.
 */
export function createPhraseSet(sources: readonly string[]): PhraseSet {
  // "d" (capture-group offsets) only for phrases with a slot the caller checks (a platform name):
  // V8 runs a regex with it noticeably slower.
  const regexes = sources.map((source) => new RegExp(source, CAPTURING_GROUP.test(source) ? 'iuyd' : 'iuy'));
  const exact = new Map<string, number[]>();
  const prefix = new Map<string, number[]>();
  sources.forEach((source, index) => {
    const triggers = phraseTriggers(source);
    if (!triggers) throw new Error(`createPhraseSet: cannot read the leading words of the phrase /${source}/; start it with a literal word`);
    for (const trigger of triggers) {
      const table = trigger.exact ? exact : prefix;
      const list = table.get(trigger.word) ?? [];
      if (!list.includes(index)) list.push(index);
      table.set(trigger.word, list);
    }
  });
  // Only the lengths some prefix trigger has are worth slicing the text's word to.
  const prefixLengths = [...new Set([...prefix.keys()].map((word) => word.length))].sort((a, b) => a - b);
  const words = [...new Set([...exact.keys(), ...prefix.keys()])].sort((a, b) => b.length - a.length);
  const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // No Unicode look-behind: V8 runs "\b" without the "u" flag an order of magnitude faster.
  // Words starting with an ASCII letter use "\b"; the few others ("écris", "über…") nothing.
  // Either way the character before a hit is checked in code (LETTER_OR_DIGIT below).
  const ascii = words.filter((word) => /^[a-z]/.test(word)).map(escape);
  const other = words.filter((word) => !/^[a-z]/.test(word)).map(escape);
  const TRIGGERS = [
    ...(ascii.length > 0 ? [new RegExp(`\\b(?:${ascii.join('|')})`, 'gi')] : []),
    ...(other.length > 0 ? [new RegExp(`(?:${other.join('|')})`, 'gi')] : []),
  ];
  const triedAt = new Int32Array(sources.length).fill(-1);

  // The phrases to try where a word starts: exact ones, then those whose prefix it starts with,
  // shortest prefix first. Remembered per word (chat repeats its words; bounded for odd input).
  const candidatesByWord = new Map<string, number[]>();
  const candidatesOf = (word: string): number[] => {
    let list = candidatesByWord.get(word);
    if (list === undefined) {
      list = [...(exact.get(word) ?? [])];
      for (const length of prefixLengths) {
        if (length > word.length) break;
        list.push(...(prefix.get(word.slice(0, length)) ?? []));
      }
      if (candidatesByWord.size >= 4096) candidatesByWord.clear();
      candidatesByWord.set(word, list);
    }
    return list;
  };

  const attempt = (text: string, at: number, phrase: number, hits: PhraseHit[]) => {
    if (triedAt[phrase] === at) return;
    triedAt[phrase] = at;
    const regex = regexes[phrase]!;
    regex.lastIndex = at;
    const found = regex.exec(text);
    if (!found || found[0].length === 0) return;
    const slot = found.indices?.slice(1).find((span) => span !== undefined);
    hits.push({ from: at, to: at + found[0].length, phrase, ...(slot ? { slot: { from: slot[0], to: slot[1] } } : {}) });
  };

  return {
    find(text) {
      const hits: PhraseHit[] = [];
      triedAt.fill(-1);
      for (const triggers of TRIGGERS) {
        // A plain exec loop, not execAll: this is the hottest loop of a keystroke.
        triggers.lastIndex = 0;
        for (let start = triggers.exec(text); start; start = triggers.exec(text)) {
          if (hits.length >= MAX_PHRASE_HITS) break;
          // Not inside a word: "\b" is ASCII-only ("ñcall" has one before "c"), and "other" has none.
          if (start.index > 0 && LETTER_OR_DIGIT.test(text[start.index - 1]!)) continue;
          WORD_AT.lastIndex = start.index;
          const word = (WORD_AT.exec(text)?.[0] ?? '').toLowerCase();
          for (const phrase of candidatesOf(word)) attempt(text, start.index, phrase, hits);
        }
      }
      return hits.sort((a, b) => a.from - b.from || a.phrase - b.phrase);
    },
  };
}

/**
 * The literal words a phrase can start with, lower-case ("let['’]?s" → exact "let", "escr[ií]beme"
 * → exact "escribeme" and "escríbeme", "pay(?:ing)?" → prefix "pay"); undefined when a branch
 * starts with no letter or the leading group may be skipped.
 */
export function phraseTriggers(source: string, after = ''): PhraseTrigger[] | undefined {
  const body = source.replace(/^(?:\\b|\(\?<!\[\\p\{L\}\\d\]\))/, '');
  if (body.startsWith('(?:')) {
    const group = splitGroup(body.slice(3));
    if (!group) return undefined;
    const triggers: PhraseTrigger[] = [];
    for (const branch of group.branches) {
      const nested = phraseTriggers(branch, group.rest + after);
      if (!nested) return undefined;
      triggers.push(...nested);
    }
    return triggers;
  }
  const lead = readLiteralWords(body);
  if (!lead || lead.words.length === 0 || lead.words[0] === '') return undefined;
  // What follows the literal decides whether the text's word must end there.
  const exact = endsWord(lead.rest === '' ? after : lead.rest);
  return lead.words.map((word) => ({ word, exact }));
}

// A token that matches one non-letter ("\s", "['’]", "-", "[-\s]") and is not optional, or a
// lookahead for "no letter": the text's word ends where the literal ends. Anything else (an
// optional token, a group, a letter class) may go on with letters, so the trigger is a prefix.
const WORD_END = /^(?:\\s|\\b|\[-\\s\]|\['’\]|['’ -])(?![?*]|\{0)|^\(\?!\[\\p\{L\}/u;

function endsWord(next: string): boolean {
  return WORD_END.test(next);
}

/** Letters and letter-only classes at the start of a pattern ("p[aá]game" → pagame, págame), and what follows. */
function readLiteralWords(pattern: string): { words: string[]; rest: string } | undefined {
  let words = [''];
  let index = 0;
  while (index < pattern.length) {
    const char = pattern[index]!;
    if (/\p{L}/u.test(char) && !/^[?*{]/.test(pattern[index + 1] ?? '')) {
      words = words.map((word) => word + char.toLowerCase());
      index += 1;
      continue;
    }
    const klass = /^\[(\p{L}+)\](?![?*{])/u.exec(pattern.slice(index));
    if (klass && words.length * klass[1]!.length <= MAX_EXPANSIONS) {
      const choices = [...klass[1]!.toLowerCase()];
      words = words.flatMap((word) => choices.map((choice) => word + choice));
      index += klass[0].length;
      continue;
    }
    break;
  }
  return { words, rest: pattern.slice(index) };
}

/** Splits "a|b(?:c|d)|e)…" at its top-level bars, up to the parenthesis that closes the group. */
function splitGroup(group: string): { branches: string[]; rest: string } | undefined {
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
        const rest = group.slice(index + 1);
        // A quantified group ("(?:a|b)?x") may be skipped, so its words are not the only leads.
        return /^[?*]|^\{0/.test(rest) ? undefined : { branches: [...branches, group.slice(start, index)], rest };
      }
      depth -= 1;
    } else if (char === '|' && depth === 0) {
      branches.push(group.slice(start, index));
      start = index + 1;
    }
  }
  return undefined;
}
