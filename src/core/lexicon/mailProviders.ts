import { MAIL_PROVIDERS_EN } from './en/mailProviders.js';
import { MAIL_PROVIDERS_ES } from './es/mailProviders.js';
import { MAIL_PROVIDERS_PT } from './pt/mailProviders.js';
import { MAIL_PROVIDERS_FR } from './fr/mailProviders.js';
import { MAIL_PROVIDERS_DE } from './de/mailProviders.js';
import { MAIL_PROVIDERS_IT } from './it/mailProviders.js';
import { MAIL_PROVIDERS_RU } from './ru/mailProviders.js';
import { MAIL_PROVIDERS_PL } from './pl/mailProviders.js';
import { MAIL_PROVIDERS_TR } from './tr/mailProviders.js';
import { MAIL_PROVIDERS_AR } from './ar/mailProviders.js';
import { MAIL_PROVIDERS_HI } from './hi/mailProviders.js';
import { MAIL_PROVIDERS_HI_LATN } from './hi-Latn/mailProviders.js';
import { MAIL_PROVIDERS_BN } from './bn/mailProviders.js';
import { MAIL_PROVIDERS_UR } from './ur/mailProviders.js';
import { MAIL_PROVIDERS_ID } from './id/mailProviders.js';
import { MAIL_PROVIDERS_TL } from './tl/mailProviders.js';
import { MAIL_PROVIDERS_VI } from './vi/mailProviders.js';
import { MAIL_PROVIDERS_ZH } from './zh/mailProviders.js';
import { MAIL_PROVIDERS_JA } from './ja/mailProviders.js';
import type { MailProviders } from './mailProviderTable.js';

export type { MailProviders } from './mailProviderTable.js';

// Providers people use in every market.
const INTERNATIONAL: MailProviders = {
  mailboxes: {
    gmail: 'gmail.com', googlemail: 'googlemail.com', hotmail: 'hotmail.com', outlook: 'outlook.com',
    msn: 'msn.com', yahoo: 'yahoo.com', ymail: 'ymail.com', icloud: 'icloud.com', aol: 'aol.com',
    proton: 'proton.me', protonmail: 'protonmail.com', gmx: 'gmx.com', yandex: 'yandex.com', zoho: 'zoho.com',
    qq: 'qq.com', '163': '163.com', naver: 'naver.com', daum: 'daum.net', libero: 'libero.it', uol: 'uol.com.br',
    bol: 'bol.com.br', tutanota: 'tutanota.com',
  },
  withTld: ['mail', 'live', 'me', 'mac', 'list', 'bk', 'inbox', 'rambler', 'web', 't-online', 'orange', 'free', 'laposte',
    'wanadoo', 'seznam', 'wp', 'o2', 'ukr', 'comcast', 'verizon', 'sbcglobal', 'btinternet', 'rediffmail', 'fastmail',
    'hey', 'pm', 'mailbox', 'posteo', 'hushmail'],
  companies: ['google', 'microsoft', 'apple'],
};

const MARKETS: readonly MailProviders[] = [INTERNATIONAL, ...[
  MAIL_PROVIDERS_EN, MAIL_PROVIDERS_ES, MAIL_PROVIDERS_PT, MAIL_PROVIDERS_FR, MAIL_PROVIDERS_DE, MAIL_PROVIDERS_IT, MAIL_PROVIDERS_RU, MAIL_PROVIDERS_PL, MAIL_PROVIDERS_TR, MAIL_PROVIDERS_AR, MAIL_PROVIDERS_HI, MAIL_PROVIDERS_HI_LATN, MAIL_PROVIDERS_BN, MAIL_PROVIDERS_UR, MAIL_PROVIDERS_ID, MAIL_PROVIDERS_TL, MAIL_PROVIDERS_VI, MAIL_PROVIDERS_ZH, MAIL_PROVIDERS_JA,
]];

/**
 * Mailbox names and their domains: "ana at gmail" is an address even without ".com". The first
 * market to name a provider sets its domain ("yandex" is yandex.com, not the Russian yandex.ru).
 */
export const MAIL_PROVIDERS: Readonly<Record<string, string>> = Object.fromEntries(
  [...MARKETS].reverse().flatMap((market) => Object.entries(market.mailboxes)),
);
/** Provider labels that need their TLD typed ("mail.ru", "web.de", "wp.pl"). */
export const MAIL_LABELS_WITH_TLD: ReadonlySet<string> = new Set(MARKETS.flatMap((market) => market.withTld));
/** Provider names as written in other scripts, keyed by how they are written. */
export const PROVIDER_SPELLINGS: ReadonlyMap<string, string> = new Map(
  MARKETS.flatMap((market) => Object.entries(market.spellings ?? {})),
);
/** The companies behind the mailboxes in every language ("google", "गूगल"). */
export const MAIL_COMPANIES: readonly string[] = MARKETS.flatMap((market) => market.companies ?? []);
