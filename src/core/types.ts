/** What a finding is about. `intent` is an invitation to leave the platform without concrete details. */
export type ContactKind = 'email' | 'phone' | 'url' | 'social' | 'meeting' | 'payment' | 'intent';

export const CONTACT_KINDS: readonly ContactKind[] = [
  'email',
  'phone',
  'url',
  'social',
  'meeting',
  'payment',
  'intent',
];

/** One finding in a message. Offsets always point into the text as the person typed it. */
export interface ContactMatch {
  kind: ContactKind;
  /** UTF-16 offset into the original text, inclusive. */
  start: number;
  /** UTF-16 offset into the original text, exclusive. */
  end: number;
  /** Always `original.slice(start, end)`. */
  text: string;
  /** Normalised value: E.164 phone, lower-case email, absolute URL, handle, IBAN… */
  value?: string;
  /** 'whatsapp', 'telegram', 'paypal', 'zoom', 'bitcoin'… */
  platform?: string;
  /**
   * For a payment address given as another kind of detail (an email, phone number, handle or link
   * the message uses to receive money): that kind. The finding itself is reported as `payment`.
   */
  detailKind?: ContactKind;
  /** True when the finding only appeared after normalisation (spelled digits, "at/dot", look-alikes…). */
  obfuscated: boolean;
  /** 0..1 */
  confidence: number;
}

/** Which normalisation stages run before detection. Each can be switched off. */
export interface ObfuscationOptions {
  /** Fold full-width forms, look-alike letters and non-Latin digits; drop zero-width characters. @default true */
  unicode?: boolean;
  /** "at" / "dot" words and bracketed forms: `ana (at) mail (dot) co`. @default true */
  spelledSymbols?: boolean;
  /** Spelled-out digits in the supported languages ("nine one seven", "double five"), bounded by context. @default true */
  spelledDigits?: boolean;
  /** Characters split by spaces, punctuation or emoji: `a n a @ m a i l . c o`, `9-1-7 4.4.2`. @default true */
  separators?: boolean;
}

/** A messaging / social platform the detector should know, beyond the built-in ones. */
export interface PlatformDefinition {
  /** Stable id reported as `ContactMatch.platform`, e.g. 'threema'. */
  id: string;
  /** Names people write, lower-case: ['threema']. */
  names: readonly string[];
  /** Profile-link hosts: ['threema.id']. A link on one of them is reported as `social`. */
  hosts?: readonly string[];
}

/** A payment brand the detector should know, beyond the built-in ones. */
export interface PaymentBrandDefinition {
  id: string;
  names: readonly string[];
  hosts?: readonly string[];
}

export interface DetectorOptions {
  /** Only report these kinds. @default every kind */
  kinds?: readonly ContactKind[];
  /** ISO 3166 region used to read national phone numbers, e.g. 'US', 'GB', 'BR'. @default undefined (international formats, plus a lenient digit-run check) */
  defaultCountry?: string;
  /** Domains never reported (the platform's own and any the integrator trusts). Sub-domains are included. @default [] */
  allowDomains?: readonly string[];
  /** Normalisation stages. @default all on */
  obfuscation?: ObfuscationOptions;
  /** Extra messaging / social platforms. @default [] */
  platforms?: readonly PlatformDefinition[];
  /** Extra payment brands. @default [] */
  paymentBrands?: readonly PaymentBrandDefinition[];
  /**
   * Names of the platform's own payment features ("SafePay", "OurMarket Wallet"), like
   * `allowDomains` for payment: a sentence that pays through them is not an off-platform payment.
   * Escrow, milestones and "through the platform" are known in every covered language. @default []
   */
  platformPayment?: readonly string[];
  /** Extra phrases that invite people off the platform, matched case-insensitively on word boundaries. @default [] */
  intentPhrases?: readonly string[];
  /**
   * The longest text scanned, in UTF-16 code units. `detect` reads only the first `maxLength` of a
   * longer text (cut at a character boundary), so no text costs more than this; `checkMessage`
   * blocks a longer message without scanning it (rule `too-long`). @default 20000
   */
  maxLength?: number;
}

export interface Detector {
  /** Finds contact details and off-platform requests. Never throws on a string. */
  detect(text: string): ContactMatch[];
  /** The longest text it scans (`DetectorOptions.maxLength`); `checkMessage` blocks longer messages. @default 20000 */
  readonly maxLength?: number;
}
