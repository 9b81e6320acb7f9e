import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (id). */
export const MAIL_PROVIDERS_ID: MailProviders = {
  mailboxes: {  },
  withTld: ['telkom', 'plasa'],
};
