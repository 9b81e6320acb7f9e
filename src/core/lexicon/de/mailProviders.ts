import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (de). */
export const MAIL_PROVIDERS_DE: MailProviders = {
  mailboxes: { gmx: 'gmx.de', 't-online': 't-online.de' },
  withTld: ['freenet', 'arcor'],
  companies: ['gugel'],
};
