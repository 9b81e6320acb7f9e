import { en } from './en.js';
import { es } from './es.js';
import { matchCatalogue } from './matchCatalogue.js';
import type { Messages } from './messages.js';

/**
 * Built-in locales, in every bundle: English and Spanish. The other catalogues (pt-BR, fr, de, it,
 * ru, pl, tr, ar, hi, id, vi, zh-Hans, ja) are separate entries, `onplatform/locales/<tag>`, so an
 * app ships only the ones it passes to `OnPlatformProvider`'s `catalogues`.
 *
 * @example
 * ```ts
 * Object.keys(MESSAGE_CATALOGUES); // ['en', 'es']
 * MESSAGE_CATALOGUES.es!.blockedHeadline;
 * ```
 *
 * @group Copy
 */
export const MESSAGE_CATALOGUES: Readonly<Record<string, Messages>> = { en, es };

/**
 * A catalogue as an app loads it: every key of {@link Messages}, but typed as partial so that a
 * catalogue a release behind (a key added since) still loads; a missing key shows the English text.
 *
 * @group Copy
 */
export type MessageCatalogue = Partial<Messages>;

/**
 * The catalogue for `locale` with per-key overrides applied. `catalogues` adds loaded ones
 * (`{ fr, 'pt-BR': ptBR }` from `onplatform/locales/*`) to the built-in English and Spanish. The
 * best match wins: the same tag, else the same language and script ('es-MX' → 'es', 'pt-PT' →
 * 'pt-BR', 'zh-CN' → 'zh-Hans'); anything else falls back to English, key by key.
 *
 * @example
 * ```ts
 * import { fr } from 'onplatform/locales/fr';
 *
 * resolveMessages('es-MX').send; // 'Enviar'
 * resolveMessages('fr').send; // 'Send' (not loaded: English)
 * resolveMessages('fr-CA', undefined, { fr }).send; // 'Envoyer'
 * resolveMessages('en', { send: 'Post' }).send; // 'Post'
 * const copy = resolveMessages('en');
 * copy.found('phone', 2); // '2 phone numbers'
 * copy.rule('phone', 'until-contract'); // 'You can share phone numbers once the contract starts.'
 * copy.foundSentence(['a phone number', 'an email address']); // 'We found a phone number and an email address.'
 * ```
 *
 * @group Copy
 */
export function resolveMessages(
  locale: string | undefined,
  overrides?: Partial<Messages>,
  catalogues?: Readonly<Record<string, MessageCatalogue>>,
): Messages {
  const available: Readonly<Record<string, MessageCatalogue>> = catalogues ? { ...MESSAGE_CATALOGUES, ...catalogues } : MESSAGE_CATALOGUES;
  const tag = matchCatalogue(locale ?? 'en', Object.keys(available));
  const base = tag ? available[tag] : undefined;
  // A built-in catalogue is complete (typed `Messages`): hand it back as is, so its identity is stable.
  if (!overrides && tag && base === MESSAGE_CATALOGUES[tag]) return base as Messages;
  return { ...en, ...base, ...overrides };
}

export type { Messages, ReportReason } from './messages.js';
export type { FoundMessage, KindNoun, PluralForms, PluralMessage } from './pluralMessage.js';
