import { type CountryCode, type MetadataJson, parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/core';
import { expandPhoneMetadata } from './expandPhoneMetadata.js';
import storedMetadata from './phoneMetadata.json';

export type { CountryCode };

let metadata: MetadataJson | undefined;

/**
 * libphonenumber-js's parser with metadata for parsing and validation only (no formatting
 * rules: see scripts/phone-metadata.ts), which keeps about 9 KB gzipped out of the bundle.
 * The metadata is rebuilt from its stored form on the first parse (see expandPhoneMetadata).
 */
export function parsePhone(text: string, options?: { defaultCountry?: CountryCode; extract?: boolean }): PhoneNumber | undefined {
  metadata ??= expandPhoneMetadata(storedMetadata);
  return parsePhoneNumberFromString(text, options ?? {}, metadata);
}

/** The regions the phone metadata knows ('US', 'GB'…), the values `defaultCountry` accepts. */
export const PHONE_REGIONS = Object.keys(storedMetadata.countries);
