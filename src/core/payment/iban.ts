/** IBAN length per country (ISO 13616 registry). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27,
  MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33,
  SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29,
  VA: 22, VG: 24, XK: 20, YE: 30,
};

/** ISO 7064 mod 97-10 over the rearranged IBAN (letters count as 10–35), without big integers or strings. */
function mod97(iban: string): number {
  let remainder = 0;
  for (let step = 0; step < iban.length; step += 1) {
    const code = iban.charCodeAt((step + 4) % iban.length);
    remainder = code >= 65 ? (remainder * 100 + code - 55) % 97 : (remainder * 10 + code - 48) % 97;
  }
  return remainder;
}

/**
 * The valid IBAN at the start of `compact` (upper-case, no spaces), or undefined. Text typed after
 * an IBAN ("… 8901 X in a sentence") is cut off at the country's length.
 */
export function readIban(compact: string): string | undefined {
  const iban = ibanShaped(compact);
  return iban !== undefined && mod97(iban) === 1 ? iban : undefined;
}

/** The IBAN-shaped start of `compact` (a country's length, check digits, letters and digits), checksum unread. */
function ibanShaped(compact: string): string | undefined {
  const length = IBAN_LENGTHS[compact.slice(0, 2)];
  if (length === undefined || compact.length < length) return undefined;
  const iban = compact.slice(0, length);
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban) ? iban : undefined;
}

/** An IBAN found in a text, with its normalised form (upper-case, no spaces). */
export interface IbanSpan {
  from: number;
  to: number;
  iban: string;
}

// Where an IBAN may start: a country code and two check digits. The rest is read by hand below,
// so a long run of letters and digits costs one pass, not a backtracking regex per candidate.
const IBAN_START = /[A-Za-z]{2}\d{2}/g;
const SEPARATORS = /[ -]/g;

/**
 * IBANs in `text`, validated by their country's length and the mod-97 checksum. Characters may be
 * grouped by single spaces or dashes ("DE89 3704 0044 0532 0130 00", "AL47-2121-…"); the IBAN must
 * end where a group ends, so a longer code with a valid prefix is not one, while words typed after
 * it ("… 0130 00 X in a sentence") don't matter. `unchecked` skips the checksum: an IBAN made up or
 * mistyped, which the payment reading takes only in a sentence about paying.
 */
export function findIbans(text: string, checksum: 'checked' | 'unchecked' = 'checked'): IbanSpan[] {
  const spans: IbanSpan[] = [];
  IBAN_START.lastIndex = 0;
  for (let found = IBAN_START.exec(text); found; found = IBAN_START.exec(text)) {
    const from = found.index;
    IBAN_START.lastIndex = from + 1;
    if (from > 0 && isAlphanumeric(text.charCodeAt(from - 1), text[from - 1]!)) continue;
    const country = found[0].slice(0, 2).toUpperCase();
    const length = IBAN_LENGTHS[country];
    if (length === undefined) continue;
    const iban = readGrouped(text, from, length);
    // The grouped characters, read as one compact IBAN: the country's length and the checksum.
    if (!iban || (checksum === 'checked' ? readIban(iban.value) : ibanShaped(iban.value)) === undefined) continue;
    spans.push({ from, to: iban.end, iban: iban.value });
    IBAN_START.lastIndex = iban.end;
  }
  return spans;
}

/**
 * `length` letters and digits from `from`, single spaces or dashes allowed between them, ending at
 * a group end. Reads by character codes and builds the string only for a candidate of the right
 * shape: a run like "DE89 DE89 DE89 …" then costs no allocation per position.
 */
function readGrouped(text: string, from: number, length: number): { value: string; end: number } | undefined {
  let count = 0;
  let index = from;
  while (count < length && index < text.length) {
    const code = text.charCodeAt(index);
    if (isAsciiAlphanumeric(code)) {
      count += 1;
      index += 1;
    } else if ((code === 32 || code === 45) && count > 0 && isAsciiAlphanumeric(text.charCodeAt(index + 1))) {
      index += 1;
    } else {
      return undefined;
    }
  }
  if (count < length || (index < text.length && isAlphanumeric(text.charCodeAt(index), text[index]!))) return undefined;
  return { value: text.slice(from, index).replace(SEPARATORS, '').toUpperCase(), end: index };
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAlphanumeric(code: number, char: string): boolean {
  return isAsciiAlphanumeric(code) || (code >= 128 && /[\p{L}\p{N}]/u.test(char));
}
