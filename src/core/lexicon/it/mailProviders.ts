import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (it). */
export const MAIL_PROVIDERS_IT: MailProviders = {
  mailboxes: { libero: 'libero.it', tiscali: 'tiscali.it', virgilio: 'virgilio.it' },
  withTld: ['alice', 'tim'],
};
