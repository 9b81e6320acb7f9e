import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (vi). */
export const MAIL_PROVIDERS_VI: MailProviders = {
  mailboxes: {  },
  withTld: ['fpt', 'vnn'],
  companies: ['gu gồ', 'gu gô', 'gugo'],
};
