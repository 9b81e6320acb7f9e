import { type CountryCode, type MetadataJson, parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/core';
import phoneMetadata from './phoneMetadata.json';

export type { CountryCode };

/**
 * libphonenumber-js's parser with metadata for parsing and validation only (no formatting
 * rules: see scripts/phone-metadata.ts), which keeps about 9 KB gzipped out of the bundle.
 */
export function parsePhone(text: string, options?: { defaultCountry?: CountryCode; extract?: boolean }): PhoneNumber | undefined {
  return parsePhoneNumberFromString(text, options ?? {}, phoneMetadata as unknown as MetadataJson);
}
