/**
 * `npm run phone-metadata`: writes src/core/phone/phoneMetadata.json, libphonenumber-js's smallest
 * ("min") metadata without the formatting rules, stored without its calling-code table. The
 * detector parses and validates numbers but never formats them, and the rules are about half of
 * the metadata (≈9 KB of ≈19 KB gzipped); the calling-code table repeats what the countries say
 * (≈1.3 KB) and is rebuilt at run time (src/core/phone/expandPhoneMetadata.ts).
 * test/core/phone/phoneMetadata.test.ts fails when the file is stale (libphonenumber-js updated).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MetadataJson } from 'libphonenumber-js/core';
import minMetadata from 'libphonenumber-js/metadata.min.json';
import { expandPhoneMetadata, type StoredPhoneMetadata } from '../src/core/phone/expandPhoneMetadata';

// Index of a numbering plan's formats (national / international number layouts) in metadata v4.
const FORMATS = 4;

type Plans = Record<string, unknown[]>;
type MetadataFields = { country_calling_codes: Record<string, string[]>; countries: Plans; nonGeographic?: Plans };

/** The metadata libphonenumber-js is given at run time: everything but the formatting rules. */
export function parsingMetadata(metadata: MetadataJson): MetadataJson {
  const withoutFormats = (plans: Plans = {}) =>
    Object.fromEntries(Object.entries(plans).map(([key, plan]) => [key, plan.map((field, index) => (index === FORMATS ? 0 : field))]));
  const source = metadata as unknown as MetadataFields;
  return {
    ...metadata,
    countries: withoutFormats(source.countries),
    ...(source.nonGeographic ? { nonGeographic: withoutFormats(source.nonGeographic) } : {}),
  } as unknown as MetadataJson;
}

/** What phoneMetadata.json holds: the parsing metadata, countries in calling-code order, no calling-code table. */
export function storedPhoneMetadata(metadata: MetadataJson): StoredPhoneMetadata {
  const parsing = parsingMetadata(metadata);
  const fields = parsing as unknown as MetadataFields & { version: number };
  const inTableOrder = Object.values(fields.country_calling_codes).flat();
  const stored: StoredPhoneMetadata = {
    version: fields.version,
    countries: Object.fromEntries(inTableOrder.map((country) => [country, fields.countries[country]!])),
    ...(fields.nonGeographic ? { nonGeographic: fields.nonGeographic } : {}),
  };
  // A future metadata layout (a country missing from the table, a plan not starting with its
  // calling code) must fail here, not change what the parser gets.
  if (JSON.stringify(expandPhoneMetadata(stored)) !== JSON.stringify(parsing)) {
    throw new Error('phone-metadata: the calling-code table cannot be rebuilt from the countries; store it as it is');
  }
  return stored;
}

export const PHONE_METADATA_PATH = join(import.meta.dirname, '../src/core/phone/phoneMetadata.json');

if (process.argv[1] === import.meta.filename) {
  writeFileSync(PHONE_METADATA_PATH, `${JSON.stringify(storedPhoneMetadata(minMetadata as unknown as MetadataJson))}\n`);
  console.log(`wrote ${PHONE_METADATA_PATH}`);
}
