import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (en). */
export const MAIL_PROVIDERS_EN: MailProviders = {
  mailboxes: { aol: 'aol.com' },
  withTld: ['att'],
  // "the g mail thing": a name split in two.
  spellings: { 'g mail': 'gmail', 'gee mail': 'gmail', 'hot mail': 'hotmail', 'out look': 'outlook' },
  companies: ['gogle', 'googel'],
};
