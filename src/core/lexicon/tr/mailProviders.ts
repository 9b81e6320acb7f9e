import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (tr). */
export const MAIL_PROVIDERS_TR: MailProviders = {
  mailboxes: { mynet: 'mynet.com' },
  withTld: ['ttmail', 'superonline'],
  companies: ['gugıl'],
};
