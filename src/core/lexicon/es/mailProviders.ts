import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (es). */
export const MAIL_PROVIDERS_ES: MailProviders = {
  mailboxes: {  },
  withTld: ['terra', 'telefonica'],
};
