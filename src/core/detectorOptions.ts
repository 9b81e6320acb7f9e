import type {
  ContactKind,
  DetectorOptions,
  PaymentBrandDefinition,
  PlatformDefinition,
} from './types.js';
import { CONTACT_KINDS } from './types.js';

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
}

export function resolveDetectorOptions(options: DetectorOptions = {}): ResolvedDetectorOptions {
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
