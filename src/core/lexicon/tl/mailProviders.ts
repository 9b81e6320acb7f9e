import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (tl). */
export const MAIL_PROVIDERS_TL: MailProviders = {
  mailboxes: {  },
  withTld: [],
};
