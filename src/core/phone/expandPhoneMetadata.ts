import type { MetadataJson } from 'libphonenumber-js/core';

/**
 * The phone metadata as phoneMetadata.json stores it (written by scripts/phone-metadata.ts):
 * libphonenumber-js's metadata without formatting rules and without `country_calling_codes`,
 * which only repeats what the countries say (about 1.3 KB gzipped). Each country's numbering
 * plan starts with its calling code, and the countries are stored in the order that table lists
 * them, the main country of a shared code first ("1": US, AG, AI…), so it can be rebuilt exactly.
 */
export interface StoredPhoneMetadata {
  version: number;
  countries: Record<string, unknown[]>;
  nonGeographic?: Record<string, unknown[]>;
}

/** libphonenumber-js's metadata from the stored form: calling-code table rebuilt, countries back in alphabetical order. */
export function expandPhoneMetadata(stored: StoredPhoneMetadata): MetadataJson {
  const countriesByCallingCode: Record<string, string[]> = {};
  for (const [country, plan] of Object.entries(stored.countries)) {
    (countriesByCallingCode[String(plan[0])] ??= []).push(country);
  }
  const countries = Object.fromEntries(Object.keys(stored.countries).sort().map((country) => [country, stored.countries[country]]));
  return {
    version: stored.version,
    country_calling_codes: countriesByCallingCode,
    countries,
    ...(stored.nonGeographic ? { nonGeographic: stored.nonGeographic } : {}),
  } as unknown as MetadataJson;
}
