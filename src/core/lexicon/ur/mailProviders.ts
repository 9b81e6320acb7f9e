import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (ur). */
export const MAIL_PROVIDERS_UR: MailProviders = {
  mailboxes: {  },
  withTld: [],
  spellings: { 'جی میل': 'gmail', یاہو: 'yahoo', 'آؤٹ لک': 'outlook', 'ہاٹ میل': 'hotmail' },
  companies: ['گوگل'],
};
