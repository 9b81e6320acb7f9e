import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (bn). */
export const MAIL_PROVIDERS_BN: MailProviders = {
  mailboxes: {  },
  withTld: [],
  spellings: { 'জি মেইল': 'gmail', 'ইয়াহু': 'yahoo', 'আউটলুক': 'outlook', 'হটমেইল': 'hotmail' },
  companies: ['গুগল'],
};
