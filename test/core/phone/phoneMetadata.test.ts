// @vitest-environment node
import { type CountryCode, getCountryCallingCode, type MetadataJson, parsePhoneNumberFromString } from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json';
import minMetadata from 'libphonenumber-js/metadata.min.json';
import { parsingMetadata, storedPhoneMetadata } from '../../../scripts/phone-metadata';
import { expandPhoneMetadata } from '../../../src/core/phone/expandPhoneMetadata';
import phoneMetadata from '../../../src/core/phone/phoneMetadata.json';
import { parsePhone } from '../../../src/core/phone/parsePhone';

const full = minMetadata as unknown as MetadataJson;

/** What the detector reads from a parse: validity, E.164 value and country. */
function reading(parsed: ReturnType<typeof parsePhone>) {
  return parsed ? { valid: parsed.isValid(), possible: parsed.isPossible(), number: parsed.number, country: parsed.country } : undefined;
}

/** Every country's example number, national and international, plus near misses (one digit changed, dropped, added). */
function inputs(): Array<[string, CountryCode | undefined]> {
  const cases: Array<[string, CountryCode | undefined]> = [];
  for (const [country, national] of Object.entries(examples as Record<string, string>)) {
    const code = country as CountryCode;
    const callingCode = getCountryCallingCode(code, full);
    const variants = [national, `${national.slice(0, -1)}${(Number(national.at(-1)) + 1) % 10}`, national.slice(0, -1), `${national}7`];
    for (const digits of variants) {
      cases.push([digits, code], [`+${callingCode} ${digits}`, undefined], [`0${digits}`, code]);
    }
  }
  return cases;
}

describe('phone metadata without formatting rules', () => {
  it('is what scripts/phone-metadata.ts makes from the installed libphonenumber-js (run `npm run phone-metadata` after updating it)', () => {
    expect(phoneMetadata).toEqual(JSON.parse(JSON.stringify(storedPhoneMetadata(full))));
  });

  it('is stored without the calling-code table, and rebuilt to exactly the metadata minus formatting rules', () => {
    expect(phoneMetadata).not.toHaveProperty('country_calling_codes');
    // Compared as JSON text so the key order (countries alphabetical, shared codes' main country first) counts too.
    expect(JSON.stringify(expandPhoneMetadata(phoneMetadata))).toBe(JSON.stringify(parsingMetadata(full)));
    expect((expandPhoneMetadata(phoneMetadata) as unknown as { country_calling_codes: Record<string, string[]> }).country_calling_codes['44']).toEqual(['GB', 'GG', 'IM', 'JE']);
  });

  it('parses and validates exactly as the full metadata does, for every country', () => {
    const cases = inputs();
    expect(cases.length).toBeGreaterThan(2_000);
    const differences = cases.filter(
      ([text, defaultCountry]) =>
        JSON.stringify(reading(parsePhone(text, { defaultCountry }))) !==
        JSON.stringify(reading(parsePhoneNumberFromString(text, { ...(defaultCountry ? { defaultCountry } : {}) }, full))),
    );
    expect(differences).toEqual([]);
  });

  it('still validates a real number and rejects a short one', () => {
    expect(reading(parsePhone('+44 7400 123456'))).toMatchObject({ valid: true, number: '+447400123456', country: 'GB' });
    expect(parsePhone('+1 212 555')?.isValid() ?? false).toBe(false);
  });
});
