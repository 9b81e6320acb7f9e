import type {
  ContactKind,
  DetectorOptions,
  PaymentBrandDefinition,
  PlatformDefinition,
} from './types.js';
import { CONTACT_KINDS } from './types.js';
import { fail, list, oneOf, record } from './validate.js';

/** Options with every default filled in, validated once when a detector is built. */
export interface ResolvedDetectorOptions {
  kinds: ReadonlySet<ContactKind>;
  defaultCountry: string | undefined;
  /** Lower-case, without a leading "www." or dot. */
  allowDomains: readonly string[];
  obfuscation: { unicode: boolean; spelledSymbols: boolean; spelledDigits: boolean; separators: boolean };
  platforms: readonly PlatformDefinition[];
  paymentBrands: readonly PaymentBrandDefinition[];
  intentPhrases: readonly string[];
  /** Longest text scanned; beyond it only the first `maxLength` code units are read. */
  maxLength: number;
  /** The public function the options were given to, for error messages. */
  fn: string;
}

/** The longest text a detector scans and `checkMessage` accepts, by default (UTF-16 code units). */
export const DEFAULT_MAX_LENGTH = 20_000;

const OPTION_KEYS = ['kinds', 'defaultCountry', 'allowDomains', 'obfuscation', 'platforms', 'paymentBrands', 'intentPhrases', 'maxLength'];
const STAGES = ['unicode', 'spelledSymbols', 'spelledDigits', 'separators'] as const;

/** `maxLength` must be a whole number of characters, at least 1. */
export function checkMaxLength(fn: string, option: string, value: unknown): number | undefined {
  if (value !== undefined && typeof value !== 'number') fail(fn, option, value, 'a number');
  if (value !== undefined && !(Number.isInteger(value) && value >= 1)) fail(fn, option, value, 'a whole number of at least 1', true);
  return value;
}

function definitions<T>(fn: string, option: string, value: unknown): T[] {
  return (list(fn, option, value) ?? []).map((item, index) => {
    const at = `${option}[${index}]`;
    const definition = record(fn, at, item, ['id', 'names', 'hosts']);
    if (typeof definition.id !== 'string') fail(fn, `${at}.id`, definition.id, 'a string');
    list(fn, `${at}.names`, definition.names, true) ?? fail(fn, `${at}.names`, undefined, 'an array of strings');
    list(fn, `${at}.hosts`, definition.hosts, true);
    return item as T;
  });
}

/**
 * Validates every option and fills in the defaults; throws a TypeError or RangeError naming `fn`,
 * the option and the allowed values. A missing option gets its default; nothing else is ignored
 * (`kinds: []` or `kinds: ['Email']` would otherwise detect nothing and allow everything).
 */
export function resolveDetectorOptions(options: DetectorOptions = {}, fn = 'createDetector'): ResolvedDetectorOptions {
  const given = record(fn, 'options', options, OPTION_KEYS) as DetectorOptions;
  const kinds = list(fn, 'options.kinds', given.kinds)?.map((kind, index) => oneOf(fn, `options.kinds[${index}]`, kind, CONTACT_KINDS));
  if (kinds?.length === 0) fail(fn, 'options.kinds', kinds, 'at least one kind (leave it out for every kind)', true);
  const country: unknown = given.defaultCountry;
  if (country !== undefined && typeof country !== 'string') fail(fn, 'options.defaultCountry', country, 'a string');
  if (country !== undefined && !/^[a-z]{2}$/i.test(country)) fail(fn, 'options.defaultCountry', country, "a two-letter ISO 3166 region, e.g. 'US'", true);
  const obfuscation = record(fn, 'options.obfuscation', given.obfuscation ?? {}, STAGES);
  for (const stage of STAGES) {
    const on = obfuscation[stage];
    if (on !== undefined && typeof on !== 'boolean') fail(fn, `options.obfuscation.${stage}`, on, 'a boolean');
  }
  return {
    kinds: new Set(kinds ?? CONTACT_KINDS),
    defaultCountry: country?.toUpperCase(),
    allowDomains: (list(fn, 'options.allowDomains', given.allowDomains, true) as string[] | undefined ?? []).map(toBareDomain).filter(Boolean),
    obfuscation: {
      unicode: obfuscation.unicode !== false,
      spelledSymbols: obfuscation.spelledSymbols !== false,
      spelledDigits: obfuscation.spelledDigits !== false,
      separators: obfuscation.separators !== false,
    },
    platforms: definitions(fn, 'options.platforms', given.platforms),
    paymentBrands: definitions(fn, 'options.paymentBrands', given.paymentBrands),
    intentPhrases: (list(fn, 'options.intentPhrases', given.intentPhrases, true) as string[] | undefined ?? [])
      .map((phrase) => phrase.trim().toLowerCase())
      .filter(Boolean),
    maxLength: checkMaxLength(fn, 'options.maxLength', given.maxLength) ?? DEFAULT_MAX_LENGTH,
    fn,
  };
}

/** 'https://www.Market.example/path' → 'market.example' */
function toBareDomain(domain: string): string {
  const host = domain.trim().toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?\.?/, '');
  const slash = host.indexOf('/');
  return slash === -1 ? host : host.slice(0, slash);
}

/** True when `host` is an allowed domain or one of its sub-domains. */
export function isAllowedDomain(host: string, options: ResolvedDetectorOptions): boolean {
  const normalized = host.toLowerCase().replace(/\.$/, '');
  return options.allowDomains.some(
    (domain) => normalized === domain || normalized.endsWith(`.${domain}`),
  );
}
