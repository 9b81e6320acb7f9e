import type { PhoneRun } from './phoneRuns.js';

/** A phone number said in parts with words or a remark between them. */
export interface InterruptedNumber {
  from: number;
  to: number;
  digits: string;
  /** Where each part starts, for the cue before the first. */
  parts: readonly PhoneRun[];
}

const MIN_DIGITS = 9;
const MAX_DIGITS = 13;
/** Longest stretch of words between two parts ("tapos yung susunod", "c'est Proximus,"). */
const MAX_BETWEEN = 40;
const MAX_REMARK = 40;
const SENTENCE_END = /[.!?](?:\s|$)/;

/**
 * Remarks set off by brackets or dashes ("(don't cut it)", "— that's the area code —"): digits
 * inside them are part of the remark ("dopo le 18"), not of the number.
 */
function findRemarks(text: string): Array<[number, number]> {
  const remarks: Array<[number, number]> = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    let end = -1;
    if (char === '(') end = text.indexOf(')', index + 1);
    else if (char === '-' && text[index - 1] === ' ' && text[index + 1] === ' ') end = text.indexOf(' - ', index + 2) + 1;
    if (end > index && end - index <= MAX_REMARK) {
      remarks.push([index, end + 1]);
      index = end;
    }
  }
  return remarks;
}

/** "单页 600，整站 5000，维护每月 300": round figures with words between them are a price list, not a number said in parts. */
function areRoundAmounts(parts: readonly PhoneRun[]): boolean {
  return parts.every((part) => part.digits.length >= 3 && part.digits.endsWith('00'));
}

/**
 * "sofa 900, table 250, two chairs 300, all for 1300": three and more amounts in tens with the
 * items named between them read as a price list unless a phone cue announces them ("my number is
 * 310, then 550, …"). A part that starts with a trunk "0" is no price.
 */
export function areAmountsInTens(parts: readonly PhoneRun[]): boolean {
  return parts.length >= 3 && parts.every((part) => part.digits.length >= 3 && !part.digits.startsWith('0') && part.digits.endsWith('0'));
}

/**
 * Digit groups (`runs`, every run of digits in order) that make one phone number only together, in one linear pass: neighbouring groups
 * with at most a few words or a remark between them, 9–13 digits in all, that `isPhone` accepts
 * (a cue before it, or a national prefix). Each start is tried once, and a stretch holds at most
 * 13 digits, so the cost stays linear.
 */
export function findInterruptedNumbers(
  text: string,
  runs: readonly PhoneRun[],
  isPhone: (found: InterruptedNumber) => boolean,
): InterruptedNumber[] {
  if (runs.length < 2) return [];
  const remarks = findRemarks(text);
  let remark = 0;
  const groups = runs.filter((run) => {
    while (remark < remarks.length && remarks[remark]![1] <= run.from) remark += 1;
    const inside = remarks[remark];
    return !(inside && inside[0] < run.from && run.to <= inside[1]);
  });
  const found: InterruptedNumber[] = [];
  let first = 0;
  while (first < groups.length) {
    if (groups[first]!.digits.length > MAX_DIGITS) {
      first += 1;
      continue;
    }
    let last = first;
    let digits = groups[first]!.digits;
    while (last + 1 < groups.length) {
      const next = groups[last + 1]!;
      const between = text.slice(groups[last]!.to, next.from);
      if (next.digits.length > MAX_DIGITS || between.length > MAX_BETWEEN || SENTENCE_END.test(between) || digits.length + next.digits.length > MAX_DIGITS) break;
      digits += next.digits;
      last += 1;
    }
    const parts = groups.slice(first, last + 1);
    const candidate = { from: parts[0]!.from, to: parts[parts.length - 1]!.to, digits, parts };
    if (last > first && digits.length >= MIN_DIGITS && !areRoundAmounts(parts) && isPhone(candidate)) {
      found.push(candidate);
      first = last + 1;
    } else {
      // Not from here: maybe from the next group ("450 €, my number 0470, it's Proximus, 12 34").
      first += 1;
    }
  }
  return found;
}
