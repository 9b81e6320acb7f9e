import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (hi). */
export const MAIL_PROVIDERS_HI: MailProviders = {
  mailboxes: { rediffmail: 'rediffmail.com' },
  withTld: [],
  spellings: { 'जी मेल': 'gmail', 'याहू': 'yahoo', 'आउटलुक': 'outlook', 'हॉटमेल': 'hotmail', 'रेडिफ़मेल': 'rediffmail', 'रेडिफमेल': 'rediffmail' },
  companies: ['गूगल', 'गुगल'],
};
