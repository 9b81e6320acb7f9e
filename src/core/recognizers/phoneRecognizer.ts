import type { NormalizedText } from '../normalizedText.js';
import {
  hasHashBefore,
  hasNonPhoneWordBefore,
  isConfigValue,
  hasPhoneWordBefore,
  hasReversedWordAfter,
  isAmount,
  isDateOrYears,
  isFollowedByTime,
  isInsideHexId,
} from '../phone/phoneContext.js';
import { areAmountsInTens, findInterruptedNumbers, type InterruptedNumber } from '../phone/findInterruptedNumbers.js';
import { isIdNamedAfter, isPhoneCueWord, readCueBefore } from '../phone/readCueBefore.js';
import { describeRun, findPhoneRuns, type PhoneRun, splitRun } from '../phone/phoneRuns.js';
import { type CountryCode, parseValidPhone, PHONE_REGIONS } from '../phone/parsePhone.js';
import { buildSpelledDigitsView, MIN_PHONE_DIGITS } from '../phone/spelledDigitsView.js';
import { isBareNationalMobile, isNinthDigitGrouping } from '../phone/bareNationalShapes.js';
import { plainSpelling, splitNumberWord } from '../phone/numberMorphemes.js';
import { readSpelledPiecesWith } from '../conversation/spelledPiece.js';
import { matchFromView, type RecognizerFactory } from '../recognizer.js';
import type { ContactMatch } from '../types.js';
import { fail } from '../validate.js';

// A message of number words is a piece of a number split over messages ("nau aath do do").
readSpelledPiecesWith((word) => splitNumberWord(plainSpelling(word)));

/** E.164 allows 15 digits; longer runs are cards, IBANs or references. */
const MAX_PHONE_DIGITS = 15;
const MAX_RUN_DIGITS = 2 * MAX_PHONE_DIGITS;

interface Judgement {
  confidence: number;
  value: string;
}

const ROUND_FIGURE = /0000$/;
const DECIMAL_IN_LIST = /\d\.\d{1,3}[\s,]/;

// "1 2 3 4 5 6 7 8 9" is counting, not a number.
const COUNTING = '0123456789';

/** Plausible shapes of a phone number typed without a "+" and not validated for a known country. */
function judgeShape(run: PhoneRun, phoneWordBefore: boolean): Judgement | undefined {
  const { digits, groups } = run;
  if (digits.length > 13 || COUNTING.includes(digits)) return undefined;
  if (phoneWordBefore) return { confidence: 0.75, value: digits };
  // "9 1 7 4 4 2 0 1 8 8": one digit at a time is a disguise, not a quantity.
  if (groups.length >= MIN_PHONE_DIGITS && groups.every((length) => length === 1)) return { confidence: 0.7, value: digits };
  const last = groups[groups.length - 1]!;
  const isSocialSecurityShape = groups.length === 3 && groups[0] === 3 && groups[1] === 2 && groups[2] === 4;
  const grouped =
    !isSocialSecurityShape &&
    groups.length >= 2 &&
    groups.length <= 5 &&
    digits.length >= 9 &&
    (last >= 3 || (last === 2 && groups.length >= 4 && digits.length >= 10)) &&
    groups.every((length, index) => length <= 5 && (length >= 2 || index === 0));
  if (grouped) return { confidence: 0.6, value: digits };
  // A national number typed in one block or a few long groups: UK "09066382422", German
  // "0171 4429803"; most of Europe and Asia start with 0.
  const longGroups = groups.length <= 3 && groups.every((length) => length >= 3);
  if (longGroups && digits.length >= 10 && digits.length <= 12 && digits.startsWith('0')) {
    return { confidence: 0.6, value: digits };
  }
  // "9988776655", "15912345678", "698 765 432", "612 34 56 78": a mobile number of a covered
  // market, typed at home in one block or in groups of two to four digits.
  const fewGroups =
    groups.length === 1 || (groups.length <= 5 && groups[0]! >= 2 && groups.every((length) => length >= 2 && length <= 4)) || isNinthDigitGrouping(groups, digits);
  // "harga 2500000000": a round figure is an amount.
  if (fewGroups && !ROUND_FIGURE.test(digits) && isBareNationalMobile(digits)) return { confidence: 0.55, value: digits };
  return undefined;
}

/**
 * Finds phone numbers: libphonenumber-js validates, shape and context rules catch the rest.
 *
 * @example
 * ```ts
 * composeDetector([createPhoneRecognizer], { defaultCountry: 'NL' }).detect('bel 0612 345 678');
 * // [{ kind: 'phone', text: '0612 345 678', value: '+31612345678', ... }]
 * ```
 *
 * @group Recognizers
 */
export const createPhoneRecognizer: RecognizerFactory = (options) => {
  const defaultCountry = options.defaultCountry as CountryCode | undefined;
  // Checked here, where the metadata is: a detector without phones doesn't carry the region list.
  if (defaultCountry && !PHONE_REGIONS.includes(defaultCountry)) {
    fail(`${options.fn}: options.defaultCountry`, defaultCountry, "an ISO 3166 region with phone numbers, e.g. 'US' or 'GB'", true);
  }

  // Parsing the run we found (rather than libphonenumber-js's own text matcher) keeps its matcher
  // code out of the bundle; runs holding several numbers are split before they get here.
  const validated = (view: NormalizedText, run: PhoneRun): ContactMatch[] => {
    const runText = view.text.slice(run.from, run.to);
    // "(80).(585) (79).(9)64": several bracketed groups are a list, not one number.
    if (runText.split('(').length > 2) return [];
    const number = parseValidPhone(runText, defaultCountry ? { defaultCountry, extract: false } : { extract: false });
    return number !== undefined ? [match(view, run, number, 0.95)] : [];
  };

  /** A run as a whole: validated numbers first, then shape and context rules. */
  const judgeWhole = (view: NormalizedText, run: PhoneRun): ContactMatch[] => {
    // Two numbers in a row fit in 30 digits; longer runs are judged only by their parts, which
    // also keeps libphonenumber-js off very long inputs ("1 1 1 …").
    if (run.digits.length > MAX_RUN_DIGITS) return [];
    const text = view.text;
    const found = validated(view, run).filter((match) => !isAmount(text, match.start, match.end));
    if (found.length > 0) return found;
    if (isAmount(text, run.from, run.to)) return withoutLastGroup(view, run);
    if (run.digits.length > MAX_PHONE_DIGITS) return [];
    if (run.digits.startsWith('00') && !run.international) {
      // "0061 4 34 100 206": 00 is the international prefix in most of the world.
      const number = parseValidPhone(`+${run.digits.slice(2)}`);
      if (number !== undefined) return [match(view, run, number, 0.85)];
    }
    if (run.international) return run.digits.length >= 8 ? [match(view, run, `+${run.digits}`, 0.8)] : [];
    const disguised = view.isRewritten(run.from, run.to);
    // A number typed backwards and said so: its digits read the other way round.
    const reversed = hasReversedWordAfter(text, run.to);
    const judgement =
      disguised && run.digits.length <= 13
        ? { confidence: 0.7, value: run.digits }
        : judgeShape(run, reversed || hasPhoneWordBefore(text, run.from) || readCueBefore(view.original, view.originalStart(run.from)) === 'phone');
    if (!judgement) return [];
    return [match(view, run, reversed ? [...judgement.value].reverse().join('') : judgement.value, judgement.confidence)];
  };

  const judge = (view: NormalizedText, run: PhoneRun): ContactMatch[] => {
    const text = view.text;
    const runText = text.slice(run.from, run.to);
    if (hasNonPhoneWordBefore(text, run.from) || isDateOrYears(runText) || isFollowedByTime(text, run.to)) return [];
    if (isInsideHexId(text, run.from, run.to) || isGluedToId(text, run)) return [];
    // "b4 050703", "call1-650…": a digit glued to a word belongs to the word.
    if (/\p{L}/u.test(text[run.from - 1] ?? '') && run.groups[0] === 1 && run.groups.length > 1) {
      const nextGroup = run.from + 1 + text.slice(run.from + 1, run.to).search(/\d/);
      const rest = describeRun(text, nextGroup, run.to);
      return rest.digits.length >= MIN_PHONE_DIGITS ? judge(view, rest) : [];
    }
    // Read on the text as typed: folding rewrites Cyrillic letters glued to digits ("тел8926…").
    const cue = readCueBefore(view.original, view.originalStart(run.from));
    if (cue === 'id' || (cue === undefined && isIdNamedAfter(view.original, view.originalEnd(run.to)))) return [];
    if (isConfigValue(view.original, view.originalStart(run.from))) return [];
    // "#4471" is an order or a ticket; "WA#0812…" is judged like any other run.
    if (hasHashBefore(text, run.from) && run.digits.length < 10) return [];
    const disguised = view.isRewritten(run.from, run.to);
    // "12.1 - 23.71" and "1405, 1680, 1843" are lists of numbers: only their parts may be phones.
    const isList = !disguised && (DECIMAL_IN_LIST.test(runText) || /\d,\s/.test(runText));
    if (!isList) {
      const whole = judgeWhole(view, run);
      if (whole.length > 0) return whole;
    }
    // Several numbers typed in a row, or a ZIP code or price just before the number.
    const parts = splitRun(text, run).filter((part) => part.digits.length >= MIN_PHONE_DIGITS);
    if (parts.length > 1 || (parts.length === 1 && (parts[0]!.from !== run.from || parts[0]!.to !== run.to))) {
      return parts.flatMap((part) => judgeWhole(view, part));
    }
    // Past two numbers' worth of digits, what is left to try (the run without its first or last
    // group) is still too long: stop here, so "٣ ٣ ٣ …" costs one pass.
    if (run.digits.length > MAX_RUN_DIGITS + MAX_PHONE_DIGITS) return gluedNationalNumber(view, run);
    // "SD 20241 440-600-5124": a ZIP code typed just before a number grouped another way.
    const firstGap = /^\(?\d+\)?(\D+)/.exec(runText);
    if (!isList && firstGap && run.groups.length > 2) {
      const rest = describeRun(text, run.from + firstGap[0].length, run.to);
      const restSeparators = text.slice(rest.from, rest.to).replace(/\d/g, '');
      const groupedDifferently = !restSeparators.includes(firstGap[1]!);
      if (groupedDifferently && rest.digits.length >= MIN_PHONE_DIGITS) return judgeWhole(view, rest);
    }
    const glued = gluedNationalNumber(view, run);
    return glued.length > 0 ? glued : withoutLastGroup(view, run);
  };

  /** "415-666-7777 100$", "08714740323 1Win": a short group typed after a number is not part of it. */
  const withoutLastGroup = (view: NormalizedText, run: PhoneRun): ContactMatch[] => {
    const last = run.groups[run.groups.length - 1]!;
    if (run.groups.length < 2 || last > 3) return [];
    const runText = view.text.slice(run.from, run.to);
    const cut = runText.search(/\D+\d+\)?$/);
    const rest = describeRun(view.text, run.from, run.from + cut);
    return rest.digits.length >= MIN_PHONE_DIGITS && !isAmount(view.text, rest.from, rest.to) ? judgeWhole(view, rest) : [];
  };

  /** "08700621170150p": a national number glued to the price that follows it. */
  const gluedNationalNumber = (view: NormalizedText, run: PhoneRun): ContactMatch[] => {
    if (!defaultCountry || run.groups[0]! < 12 || !run.digits.startsWith('0')) return [];
    for (const length of [11, 10]) {
      const number = parseValidPhone(run.digits.slice(0, length), { defaultCountry });
      if (number !== undefined) {
        const digitsStart = view.text.indexOf(run.digits[0]!, run.from);
        return [matchFromView(view, digitsStart, digitsStart + length, { kind: 'phone', value: number, confidence: 0.7 })];
      }
    }
    return [];
  };

  /** "917 — that's the area code — 555 0188": parts a phone cue or a national prefix announces. */
  const interrupted = (view: NormalizedText, runs: readonly PhoneRun[], found: readonly ContactMatch[]): ContactMatch[] => {
    const text = view.text;
    // Candidates come in text order, like `found`: one pointer finds the matches that could overlap.
    let next = 0;
    const isPhone = (candidate: InterruptedNumber) => {
      const { start, end } = view.toOriginal(candidate.from, candidate.to);
      while (next < found.length && found[next]!.end <= start) next += 1;
      if (next < found.length && found[next]!.start < end) return false;
      // The cue first (one read per candidate), then every part (a read each).
      const cue = readCueBefore(view.original, start);
      if (cue === 'id' || hasNonPhoneWordBefore(text, candidate.from)) return false;
      const nationalPrefix =
        (candidate.digits.startsWith('0') && candidate.digits.length >= 10 && candidate.digits.length <= 12) ||
        (isBareNationalMobile(candidate.digits) && candidate.parts.every((part, index) => isPhoneGroups(text, part, index)) && hasWordsBetween(text, candidate.parts));
      const announced = cue === 'phone' || hasPhoneWordBefore(text, candidate.from);
      if (!announced && (!nationalPrefix || areAmountsInTens(candidate.parts))) return false;
      const isClean = (part: PhoneRun) =>
        !YEAR_OR_DECIMAL.test(text.slice(part.from, part.to)) &&
        !isAmount(text, part.from, part.to) &&
        !isFollowedByTime(text, part.to) &&
        !isGluedToWord(text, part.from - 1) &&
        !isGluedToWord(text, part.to) &&
        readCueBefore(view.original, view.originalStart(part.from)) !== 'id';
      return candidate.parts.every(isClean);
    };
    return findInterruptedNumbers(text, runs, isPhone).map((candidate) =>
      matchFromView(view, candidate.from, candidate.to, { kind: 'phone', value: candidate.digits, confidence: 0.65, obfuscated: true }),
    );
  };

  return {
    kinds: ['phone'],
    scan(context) {
      const { spelledDigits } = context.options.obfuscation;
      const view = spelledDigits
        ? context.view('spelled-digits', () => buildSpelledDigitsView(context.folded))
        : context.folded;
      // Every digit run, once: the long ones are judged, and all of them are read for numbers said in parts.
      const runs = findPhoneRuns(view.text, 1);
      const separators = context.options.obfuscation.separators;
      const found = runs.flatMap((run) => {
        if (run.digits.length < MIN_PHONE_DIGITS || (!separators && run.groups.length > 5)) return [];
        return judge(view, run);
      });
      return separators ? [...found, ...interrupted(view, runs, found)] : found;
    },
  };
};

/**
 * "655", "43 21 98": groups of 2–4 digits split by spaces or hyphens, none of them a year ("2024-0311
 * … 14" is a date and a term, "80.585" a decimal).
 */
function isPhoneGroups(text: string, part: PhoneRun, index: number): boolean {
  // "8 925, это мегафон, …": a trunk digit may stand alone at the start.
  if (!part.groups.every((length, group) => (length >= 2 || (index === 0 && group === 0)) && length <= 4)) return false;
  const partText = text.slice(part.from, part.to);
  return !/[^\d -]/.test(partText) && !/(?:^|\D)(?:19|20)\d\d(?!\d)/.test(partText);
}

/** "655, eso es movistar, 43…": a remark between the parts; "65,61,66,382" is a list. */
function hasWordsBetween(text: string, parts: readonly PhoneRun[]): boolean {
  return parts.slice(1).every((part, index) => /\p{L}/u.test(text.slice(parts[index]!.to, part.from)));
}

// "năm 2020", "123.45": a year or a decimal is not a part of a phone number.
const YEAR_OR_DECIMAL = /^(?:(?:19|20)\d\d|\d+[.,]\d\d)$/;

/** A letter of a spaced script touching a part ("4ºB", "0x3f9A", "51H-123"); Chinese and Japanese glue words to digits. */
function isGluedToWord(text: string, index: number): boolean {
  const char = text[index];
  // "0917x555x3381": an x between digits is a separator.
  if ((char === 'x' || char === 'X') && /\d/.test(text[index - 1] ?? '') && /\d/.test(text[index + 1] ?? '')) return false;
  return char !== undefined && char.charCodeAt(0) < 0x3000 && /\p{L}/u.test(char);
}

const CAPITALS_BEFORE = /(?<![A-Za-z])[A-Z]{1,3}\.?$/;
const CAPITAL_AFTER = /^[A-Z]{1,3}(?![A-Za-z])/;

/**
 * "SM-A156E", "IT001E04817266", "PE0700045122": digits glued to a few capital letters are a code,
 * unless the letters are a cue ("WA0812…", "kom.698…"). Glued words ("call1-650…", "is415…") are typos.
 */
function isGluedToId(text: string, run: PhoneRun): boolean {
  if (CAPITAL_AFTER.test(text.slice(run.to, run.to + 2))) return true;
  if (!/\d/.test(text[run.from] ?? '')) return false;
  const letters = CAPITALS_BEFORE.exec(text.slice(Math.max(0, run.from - 5), run.from));
  return letters !== null && !isPhoneCueWord(letters[0].replace('.', ''));
}

function match(view: NormalizedText, run: PhoneRun, value: string, confidence: number): ContactMatch {
  return matchFromView(view, run.from, run.to, { kind: 'phone', value, confidence });
}

