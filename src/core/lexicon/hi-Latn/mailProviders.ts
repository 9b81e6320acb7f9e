import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (hi-Latn). */
export const MAIL_PROVIDERS_HI_LATN: MailProviders = {
  mailboxes: { rediffmail: 'rediffmail.com' },
  withTld: ['rediff', 'sify'],
  companies: ['gugal'],
};
