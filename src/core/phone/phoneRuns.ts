/** A stretch of digits and the separators people put between them: "+1 (917) 442-0188". */
export interface PhoneRun {
  from: number;
  to: number;
  /** Only the digits, in order. */
  digits: string;
  /** Digit groups as typed: [1, 917, 442, 0188] → lengths [1, 3, 3, 4]. */
  groups: number[];
  /** Starts with "+" (international format). */
  international: boolean;
}

/** Longest separator stretch inside one number ("917 🙂 442" has four code units between groups). */
const MAX_SEPARATOR = 5;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}


/** Separators allowed between digit groups. Letters, ":", "%", currency and "," + digit end a run. */
function isSeparator(text: string, index: number): boolean {
  const char = text[index]!;
  // "ー", "・" and "の" join the parts of a number written in Japanese ("080の4430の1295").
  if (' \t\n\r-./()_*|~;\u00A0ー・の'.includes(char)) return true;
  // Latin, Arabic and ideographic commas.
  if (char === ',' || char === '،' || char === '、') return text[index + 1] === ' ';
  // Emoji and other pictographs people put between groups to dodge filters.
  // `char` is one UTF-16 unit, so an emoji arrives as its two surrogate halves.
  const code = char.charCodeAt(0);
  return (code >= 0xd800 && code <= 0xdfff) || code === 0x200d || code === 0xfe0f || (code > 0x7f && /\p{Extended_Pictographic}/u.test(char));
}

/** "--" or a blank line inside text[from, to) (read by code: this runs for every gap of every run). */
function hasDoubledHardSeparator(text: string, from: number, to: number): boolean {
  for (let index = from + 1; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if ((code === 0x2d || code === 0x0a) && text.charCodeAt(index - 1) === code) return true;
  }
  return false;
}

/** Finds every run of digit groups in one linear pass. */
export function findPhoneRuns(text: string, minDigits: number): PhoneRun[] {
  const runs: PhoneRun[] = [];
  let index = 0;
  while (index < text.length) {
    if (!isDigit(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    let from = index;
    // Take a leading "+" or "(" that belongs to the number.
    if (from > 0 && text[from - 1] === '(') from -= 1;
    if (from > 0 && text[from - 1] === '+') from -= 1;
    else if (from > 1 && text[from - 1] === ' ' && text[from - 2] === '+') from -= 2;
    let digitCount = 0;
    let cursor = index;
    let lastDigitEnd = index;
    while (cursor < text.length) {
      const code = text.charCodeAt(cursor);
      if (isDigit(code)) {
        digitCount += 1;
        cursor += 1;
        lastDigitEnd = cursor;
        continue;
      }
      // A separator stretch: continue only if a digit follows within MAX_SEPARATOR units.
      let gapEnd = cursor;
      while (gapEnd < text.length && gapEnd - cursor < MAX_SEPARATOR + 1 && isSeparator(text, gapEnd)) gapEnd += 1;
      if (gapEnd === cursor || gapEnd - cursor > MAX_SEPARATOR || gapEnd >= text.length || !isDigit(text.charCodeAt(gapEnd))) break;
      // Two separators of the same "hard" kind in a row split numbers: "4561--455".
      if (hasDoubledHardSeparator(text, cursor, gapEnd)) break;
      cursor = gapEnd;
    }
    let to = lastDigitEnd;
    if (text[to] === ')' && text.slice(from, to).includes('(') && !text.slice(from, to).includes(')')) to += 1;
    if (digitCount >= minDigits) runs.push(describeRun(text, from, to));
    index = Math.max(cursor, index + 1);
  }
  return runs;
}


/** Digits and groups of text[from, to). */
export function describeRun(text: string, from: number, to: number): PhoneRun {
  const slice = text.slice(from, to);
  // Group lengths in one pass over the codes, without making a string per group.
  const groups: number[] = [];
  let groupLength = 0;
  for (let index = from; index < to; index += 1) {
    if (isDigit(text.charCodeAt(index))) {
      groupLength += 1;
    } else if (groupLength > 0) {
      groups.push(groupLength);
      groupLength = 0;
    }
  }
  if (groupLength > 0) groups.push(groupLength);
  return {
    from,
    to,
    digits: slice.replace(NON_DIGITS, ''),
    groups,
    international: slice.startsWith('+'),
  };
}

const NON_DIGITS = /\D+/g;

// Separators that usually sit between two numbers rather than inside one.
const BETWEEN_NUMBERS = /\s[-/]\s|\/|\s(?=\()|,\s|\.\s|\.\.|\s{2,}|\n/g;

/** Splits a run at the separators that usually sit between two numbers. */
export function splitRun(text: string, run: PhoneRun): PhoneRun[] {
  const slice = text.slice(run.from, run.to);
  // Nothing to split at (the usual case, and "٣ ٣ ٣ …"): the run itself, without describing it again.
  if (slice.search(BETWEEN_NUMBERS) < 0) return [run];
  const parts: PhoneRun[] = [];
  let partStart = 0;
  for (const separator of slice.matchAll(BETWEEN_NUMBERS)) {
    const partEnd = separator.index;
    if (partEnd > partStart) parts.push(describeRun(text, run.from + partStart, run.from + partEnd));
    partStart = partEnd + separator[0].length;
    while (partStart < slice.length && !/[\d+(]/.test(slice[partStart]!)) partStart += 1;
  }
  if (partStart < slice.length) parts.push(describeRun(text, run.from + partStart, run.to));
  return parts.filter((part) => part.digits.length > 0);
}
