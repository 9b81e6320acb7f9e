import type { ContactKind } from '../core/types.js';

/**
 * One text per plural category of a locale (`Intl.PluralRules`): `one`/`other` in German,
 * `one`/`few`/`many`/`other` in Russian, all six in Arabic. `#` stands for the formatted count.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A count-taking message that keeps its forms, so a test can check every category is there. */
export type PluralMessage = ((count: number) => string) & { readonly locale: string; readonly forms: PluralForms };

/** `found(kind, count)` for a catalogue: one phrase for a single finding, plural forms for a count. */
export type FoundMessage = ((kind: ContactKind, count: number) => string) & {
  readonly locale: string;
  readonly forms: Readonly<Record<ContactKind, PluralForms>>;
};

/** What a finding of a kind is called: alone ("a phone number") and with a count. */
export interface KindNoun {
  single: string;
  counted: PluralForms;
}

// Intl objects are costly to build and the messages run on every render: one of each per locale.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

const cached = <T>(cache: Map<string, T>, locale: string, create: () => T): T => {
  let value = cache.get(locale);
  if (!value) cache.set(locale, (value = create()));
  return value;
};

/** `count` written the locale's way: 20 000 in French, 20.000 in German, ٢٠٬٠٠٠ in Arabic. */
export const formatNumber = (locale: string, count: number): string =>
  cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(count);

/** "a, b and c" in the locale's own words and punctuation ("a、b和c", "a وb وc"). */
export const formatList = (locale: string, items: readonly string[]): string =>
  cached(listFormats, locale, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);

const selectForm = (locale: string, forms: PluralForms, count: number): string => {
  const category = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
  // `other` is the only form every locale has; a missing one is caught by test/messages/catalogues.test.ts.
  return (forms[category] ?? forms.other).replace('#', formatNumber(locale, count));
};

/** A message that picks the plural form for a count: `pluralMessage('ru', { one: '…', few: '…', many: '…', other: '…' })`. */
export function pluralMessage(locale: string, forms: PluralForms): PluralMessage {
  return Object.assign((count: number) => selectForm(locale, forms, count), { locale, forms });
}

/** `found(kind, count)`: the single phrase for one finding, the counted forms otherwise. */
export function foundMessage(locale: string, nouns: Readonly<Record<ContactKind, KindNoun>>): FoundMessage {
  const forms = Object.fromEntries(Object.entries(nouns).map(([kind, noun]) => [kind, noun.counted])) as Record<ContactKind, PluralForms>;
  return Object.assign((kind: ContactKind, count: number) => (count === 1 ? nouns[kind].single : selectForm(locale, nouns[kind].counted, count)), {
    locale,
    forms,
  });
}
