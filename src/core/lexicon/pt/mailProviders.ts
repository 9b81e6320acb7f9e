import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (pt). */
export const MAIL_PROVIDERS_PT: MailProviders = {
  mailboxes: { uol: 'uol.com.br', bol: 'bol.com.br' },
  withTld: ['ig', 'terra'],
};
