/**
 * `npm run phone-metadata`: writes src/core/phone/phoneMetadata.json, libphonenumber-js's smallest
 * ("min") metadata without the formatting rules. The detector parses and validates numbers but
 * never formats them, and the rules are about half of the metadata (≈9 KB of ≈19 KB gzipped).
 * test/core/phone/phoneMetadata.test.ts fails when the file is stale (libphonenumber-js updated).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MetadataJson } from 'libphonenumber-js/core';
import minMetadata from 'libphonenumber-js/metadata.min.json';

// Index of a numbering plan's formats (national / international number layouts) in metadata v4.
const FORMATS = 4;

export function parsingMetadata(metadata: MetadataJson): MetadataJson {
  const withoutFormats = (plans: Record<string, unknown[]> = {}) =>
    Object.fromEntries(Object.entries(plans).map(([key, plan]) => [key, plan.map((field, index) => (index === FORMATS ? 0 : field))]));
  const source = metadata as unknown as { countries: Record<string, unknown[]>; nonGeographic?: Record<string, unknown[]> };
  return {
    ...metadata,
    countries: withoutFormats(source.countries),
    ...(source.nonGeographic ? { nonGeographic: withoutFormats(source.nonGeographic) } : {}),
  } as unknown as MetadataJson;
}

export const PHONE_METADATA_PATH = join(import.meta.dirname, '../src/core/phone/phoneMetadata.json');

if (process.argv[1] === import.meta.filename) {
  writeFileSync(PHONE_METADATA_PATH, `${JSON.stringify(parsingMetadata(minMetadata as unknown as MetadataJson))}\n`);
  console.log(`wrote ${PHONE_METADATA_PATH}`);
}
