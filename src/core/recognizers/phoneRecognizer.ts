import { type CountryCode, findPhoneNumbersInText } from 'libphonenumber-js';
import type { NormalizedText } from '../normalizedText';
import { hasNonPhoneWordBefore, hasPhoneWordBefore, isAmount, isDateOrYears } from '../phone/phoneContext';
import { findPhoneRuns, type PhoneRun } from '../phone/phoneRuns';
import { buildSpelledDigitsView, MIN_PHONE_DIGITS } from '../phone/spelledDigitsView';
import { matchFromView, type RecognizerFactory } from '../recognizer';
import type { ContactMatch } from '../types';

/** E.164 allows 15 digits; longer runs are cards, IBANs or references. */
const MAX_PHONE_DIGITS = 15;

interface Judgement {
  confidence: number;
  value: string;
}

/** Plausible shapes of a phone number typed without a "+" and not validated for a known country. */
function judgeShape(run: PhoneRun, phoneWordBefore: boolean): Judgement | undefined {
  const { digits, groups } = run;
  if (digits.length > 13) return undefined;
  if (phoneWordBefore) return { confidence: 0.75, value: digits };
  // "9 1 7 4 4 2 0 1 8 8": one digit at a time is a disguise, not a quantity.
  if (groups.length >= MIN_PHONE_DIGITS && groups.every((length) => length === 1)) return { confidence: 0.7, value: digits };
  const last = groups[groups.length - 1]!;
  const grouped =
    groups.length >= 2 &&
    groups.length <= 5 &&
    digits.length >= 9 &&
    last >= 3 &&
    groups.every((length, index) => length <= 5 && (length >= 2 || index === 0));
  if (grouped) return { confidence: 0.6, value: digits };
  // A national number typed in one block: UK "09066382422", most of Europe and Asia start with 0.
  if (groups.length === 1 && digits.length >= 10 && digits.length <= 12 && digits.startsWith('0')) {
    return { confidence: 0.6, value: digits };
  }
  return undefined;
}

/** Finds phone numbers: libphonenumber-js validates, shape and context rules catch the rest. */
export const createPhoneRecognizer: RecognizerFactory = (options) => {
  const defaultCountry = options.defaultCountry as CountryCode | undefined;

  const validated = (view: NormalizedText, run: PhoneRun): ContactMatch[] => {
    const runText = view.text.slice(run.from, run.to);
    return findPhoneNumbersInText(runText, defaultCountry ? { defaultCountry } : undefined).map((found) =>
      matchFromView(view, run.from + found.startsAt, run.from + found.endsAt, {
        kind: 'phone',
        value: found.number.number,
        confidence: 0.95,
      }),
    );
  };

  const judge = (view: NormalizedText, run: PhoneRun): ContactMatch[] => {
    const text = view.text;
    const runText = text.slice(run.from, run.to);
    if (run.digits.length > MAX_PHONE_DIGITS || hasNonPhoneWordBefore(text, run.from)) return [];
    if (isAmount(text, run.from, run.to)) {
      // "$20 415-666-7777": the amount is the first group only; judge what follows it.
      const nextGroup = runText.search(/\s\+?\(?\d/);
      if (nextGroup <= 0 || !isAmountGroupOnly(text, run.from)) return [];
      return judge(view, { ...run, ...restOfRun(runText, run, nextGroup + 1) });
    }
    if (isDateOrYears(runText)) return [];
    const found = validated(view, run);
    if (found.length > 0) return found;
    if (run.international) {
      return run.digits.length >= 8
        ? [matchFromView(view, run.from, run.to, { kind: 'phone', value: `+${run.digits}`, confidence: 0.8 })]
        : [];
    }
    const disguised = view.isRewritten(run.from, run.to);
    const judgement =
      disguised && run.digits.length <= 13
        ? { confidence: 0.7, value: run.digits }
        : judgeShape(run, hasPhoneWordBefore(text, run.from));
    return judgement
      ? [matchFromView(view, run.from, run.to, { kind: 'phone', ...judgement })]
      : [];
  };

  return {
    kinds: ['phone'],
    scan(context) {
      const { spelledDigits } = context.options.obfuscation;
      const view = spelledDigits
        ? context.view('spelled-digits', () => buildSpelledDigitsView(context.folded))
        : context.folded;
      const runs = findPhoneRuns(view.text, MIN_PHONE_DIGITS);
      const separators = context.options.obfuscation.separators;
      return runs.flatMap((run) => {
        if (!separators && run.groups.length > 5) return [];
        return judge(view, run);
      });
    },
  };
};

function isAmountGroupOnly(text: string, from: number): boolean {
  return /[$€£¥₹]\s{0,2}$/u.test(text.slice(Math.max(0, from - 3), from));
}

function restOfRun(runText: string, run: PhoneRun, offset: number): Pick<PhoneRun, 'from' | 'digits' | 'groups' | 'international'> {
  const rest = runText.slice(offset);
  const digits = rest.replace(/\D/g, '');
  const groups = (rest.match(/\d+/g) ?? []).map((group) => group.length);
  return { from: run.from + offset, digits, groups, international: rest.startsWith('+') };
}
