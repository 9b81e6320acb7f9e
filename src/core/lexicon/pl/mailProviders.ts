import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (pl). */
export const MAIL_PROVIDERS_PL: MailProviders = {
  mailboxes: { interia: 'interia.pl', onet: 'onet.pl', onecie: 'onet.pl' },
  withTld: ['gazeta', 'tlen'],
  companies: ['interi', 'onecie', 'googl'],
};
