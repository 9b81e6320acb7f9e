/**
 * Every catalogue in one import, for apps that let people pick any language. An app that serves a
 * few languages imports those alone: `onplatform/locales/<tag>` (`pt-BR`, `fr`, `de`, `it`, `ru`,
 * `pl`, `tr`, `ar`, `hi`, `id`, `vi`, `zh-Hans`, `ja`; exports `ptBR` and `zhHans` for the two with a
 * hyphen, the tag otherwise), each about 2 KB gzipped.
 *
 * @example
 * ```tsx
 * import { OnPlatformProvider } from 'onplatform';
 * import { ar } from 'onplatform/locales/ar';
 *
 * <OnPlatformProvider locale="ar-EG" catalogues={{ ar }}>…</OnPlatformProvider>
 * ```
 *
 * @module onplatform/locales/all
 */
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { hi } from './hi.js';
import { id } from './id.js';
import type { MessageCatalogue } from './index.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { pl } from './pl.js';
import { ptBR } from './pt-BR.js';
import { ru } from './ru.js';
import { tr } from './tr.js';
import { vi } from './vi.js';
import { zhHans } from './zh-Hans.js';

/**
 * Every catalogue the package ships, keyed by BCP 47 tag (`onplatform/locales/all`). For apps that
 * let people pick any language; an app that serves a few imports those from `onplatform/locales/<tag>`.
 *
 * @example
 * ```tsx
 * import { ALL_CATALOGUES } from 'onplatform/locales/all';
 *
 * <OnPlatformProvider locale={user.locale} catalogues={ALL_CATALOGUES}>…</OnPlatformProvider>
 * ```
 */
export const ALL_CATALOGUES: Readonly<Record<string, MessageCatalogue>> = {
  en,
  es,
  'pt-BR': ptBR,
  fr,
  de,
  it,
  ru,
  pl,
  tr,
  ar,
  hi,
  id,
  vi,
  'zh-Hans': zhHans,
  ja,
};

/** Tags of the right-to-left catalogues: give the page (or the chat's root) `dir="rtl"` for them. */
export const RTL_LOCALES: readonly string[] = ['ar'];
