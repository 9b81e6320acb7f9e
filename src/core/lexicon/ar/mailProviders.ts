import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (ar). */
export const MAIL_PROVIDERS_AR: MailProviders = {
  mailboxes: {  },
  withTld: [],
  spellings: { 'جي ميل': 'gmail', جيمايل: 'gmail', هوتميل: 'hotmail', هوتمايل: 'hotmail', ياهو: 'yahoo', أوتلوك: 'outlook', 'اوت لوك': 'outlook' },
  companies: ['جوجل', 'قوقل', 'غوغل'],
};
