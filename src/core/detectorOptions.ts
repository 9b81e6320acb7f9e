import type {
  ContactKind,
  DetectorOptions,
  PaymentBrandDefinition,
  PlatformDefinition,
} from './types.js';
import { CONTACT_KINDS } from './types.js';
import { arrayOf, type Check, fail, is, oneOf, shape, STRINGS } from './validate.js';

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
  /** Lower-case names of the platform's own payment features. */
  platformPayment: readonly string[];
  /** Longest text scanned; beyond it only the first `maxLength` code units are read. */
  maxLength: number;
  /** The public function the options were given to, for error messages. */
  fn: string;
}

/** The longest text a detector scans and `checkMessage` accepts, by default (UTF-16 code units). */
export const DEFAULT_MAX_LENGTH = 20_000;

/** `maxLength`: a whole number of UTF-16 code units, at least 1. */
export const COUNT: Check = (value, path) => {
  is('number')(value, path);
  if (!Number.isInteger(value) || (value as number) < 1) fail(path, value, 'a whole number of at least 1', true);
};

const DEFINITION = arrayOf(shape({ id: is('string'), names: STRINGS, hosts: STRINGS }, ['id', 'names']));
const STAGE = is('boolean');
const OPTIONS = shape({
  kinds: arrayOf(oneOf(CONTACT_KINDS), true),
  defaultCountry: (value, path) => {
    is('string')(value, path);
    if (!/^[a-z]{2}$/i.test(value as string)) fail(path, value, "a two-letter ISO 3166 region, e.g. 'US'", true);
  },
  allowDomains: STRINGS,
  obfuscation: shape({ unicode: STAGE, spelledSymbols: STAGE, spelledDigits: STAGE, separators: STAGE }),
  platforms: DEFINITION,
  paymentBrands: DEFINITION,
  intentPhrases: STRINGS,
  platformPayment: STRINGS,
  maxLength: COUNT,
});

/**
 * Validates every option and fills in the defaults; throws a TypeError or RangeError naming `fn`,
 * the option and the allowed values. A missing option gets its default; nothing else is ignored
 * (`kinds: []` or `kinds: ['Email']` would otherwise detect nothing and allow everything).
 */
export function resolveDetectorOptions(options: DetectorOptions = {}, fn = 'createDetector'): ResolvedDetectorOptions {
  OPTIONS(options, `${fn}: options`);
  const obfuscation = options.obfuscation ?? {};
  return {
    kinds: new Set(options.kinds ?? CONTACT_KINDS),
    defaultCountry: options.defaultCountry?.toUpperCase(),
    allowDomains: (options.allowDomains ?? []).map(toBareDomain).filter(Boolean),
    obfuscation: {
      unicode: obfuscation.unicode ?? true,
      spelledSymbols: obfuscation.spelledSymbols ?? true,
      spelledDigits: obfuscation.spelledDigits ?? true,
      separators: obfuscation.separators ?? true,
    },
    platforms: options.platforms ?? [],
    paymentBrands: options.paymentBrands ?? [],
    intentPhrases: (options.intentPhrases ?? []).map((phrase) => phrase.trim().toLowerCase()).filter(Boolean),
    platformPayment: (options.platformPayment ?? []).map((name) => name.trim().toLowerCase()).filter(Boolean),
    maxLength: options.maxLength ?? DEFAULT_MAX_LENGTH,
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
