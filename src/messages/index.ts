import { en } from './en.js';
import { es } from './es.js';
import type { Messages } from './messages.js';

/** Built-in locales; any other locale falls back to English. */
export const MESSAGE_CATALOGUES: Readonly<Record<string, Messages>> = { en, es };

/** The catalogue for `locale` ('es', 'es-MX' → Spanish) with per-key overrides applied. */
export function resolveMessages(locale: string | undefined, overrides?: Partial<Messages>): Messages {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const base = MESSAGE_CATALOGUES[language] ?? en;
  return overrides ? { ...base, ...overrides } : base;
}

export type { Messages, ReportReason } from './messages.js';
