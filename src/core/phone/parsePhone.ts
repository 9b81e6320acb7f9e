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

// Typing re-parses the same runs on every keystroke ("+1 917 442 0188" stays in the draft while
// the rest is typed): remember the last answers. Parsing is pure, so a cached answer is the same
// answer; the bound keeps unusual input from growing the cache.
const validCache = new Map<string, string | null>();
const MAX_CACHED = 512;

/** The number in E.164 when `text` parses as a valid phone number, else undefined (cached). */
export function parseValidPhone(text: string, options?: { defaultCountry?: CountryCode; extract?: boolean }): string | undefined {
  const key = `${options?.defaultCountry ?? ''}|${options?.extract === false ? 0 : 1}|${text}`;
  let answer = validCache.get(key);
  if (answer === undefined) {
    const parsed = parsePhone(text, options);
    answer = parsed?.isValid() ? parsed.number : null;
    if (validCache.size >= MAX_CACHED) validCache.clear();
    validCache.set(key, answer);
  }
  return answer ?? undefined;
}

/** The regions the phone metadata knows ('US', 'GB'…), the values `defaultCountry` accepts. */
export const PHONE_REGIONS = Object.keys(storedMetadata.countries);
