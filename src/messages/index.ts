import { en } from './en.js';
import { es } from './es.js';
import type { Messages } from './messages.js';

/**
 * Built-in locales; any other locale falls back to English.
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
 * The catalogue for `locale` ('es', 'es-MX' → Spanish) with per-key overrides applied.
 *
 * @example
 * ```ts
 * resolveMessages('es-MX').send; // 'Enviar'
 * resolveMessages('fr').send; // 'Send' (unknown locales fall back to English)
 * resolveMessages('en', { send: 'Post' }).send; // 'Post'
 * const copy = resolveMessages('en');
 * copy.found('phone', 2); // '2 phone numbers'
 * copy.rule('phone', 'until-contract'); // 'You can share phone numbers once the contract starts.'
 * copy.foundSentence(['a phone number', 'an email address']); // 'We found a phone number and an email address.'
 * ```
 *
 * @group Copy
 */
export function resolveMessages(locale: string | undefined, overrides?: Partial<Messages>): Messages {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const base = MESSAGE_CATALOGUES[language] ?? en;
  return overrides ? { ...base, ...overrides } : base;
}

export type { Messages, ReportReason } from './messages.js';
