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

/** ISO 7064 mod 97-10 over the rearranged IBAN, computed in chunks so no big integers are needed. */
function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder;
}

/**
 * The valid IBAN at the start of `compact` (upper-case, no spaces), or undefined. Text typed after
 * an IBAN ("… 8901 X in a sentence") is cut off at the country's length.
 */
export function readIban(compact: string): string | undefined {
  const length = IBAN_LENGTHS[compact.slice(0, 2)];
  if (length === undefined || compact.length < length) return undefined;
  const iban = compact.slice(0, length);
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban) && mod97(iban) === 1 ? iban : undefined;
}

/** An IBAN found in a text, with its normalised form (upper-case, no spaces). */
export interface IbanSpan {
  from: number;
  to: number;
  iban: string;
}

// A country code, two check digits and up to 32 letters/digits, optionally grouped by single
// spaces or dashes ("DE89 3704 0044 0532 0130 00", "AL47-2121-…", "GB82WEST12345698765432").
const IBAN_RUN = /(?<![\p{L}\d])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){10,32}(?![\p{L}\d])/gu;

/**
 * IBANs in `text`, validated by their country's length and the mod-97 checksum. The run may go
 * on into the following words ("… 0130 00 X in a sentence"): the IBAN is cut at the country's
 * length, and must end where a group ends, so a longer code with a valid prefix is not one.
 */
export function findIbans(text: string): IbanSpan[] {
  const spans: IbanSpan[] = [];
  const run = IBAN_RUN;
  run.lastIndex = 0;
  for (let found = run.exec(text); found; found = run.exec(text)) {
    // The run may have swallowed the start of the next IBAN: resume right after this candidate.
    run.lastIndex = found.index + 1;
    const iban = readIban(found[0].replace(/[ -]/g, '').toUpperCase());
    if (!iban) continue;
    // Map the IBAN's length back onto the typed text, separators included.
    let end = found.index;
    for (let seen = 0; seen < iban.length; end += 1) if (text[end] !== ' ' && text[end] !== '-') seen += 1;
    if (/[\p{L}\d]/u.test(text[end] ?? '')) continue;
    spans.push({ from: found.index, to: end, iban });
    run.lastIndex = end;
  }
  return spans;
}
