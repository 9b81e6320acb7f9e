import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (fr). */
export const MAIL_PROVIDERS_FR: MailProviders = {
  mailboxes: {  },
  withTld: ['sfr', 'neuf'],
  companies: ['la poste'],
};
