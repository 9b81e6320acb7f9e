import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (ru). */
export const MAIL_PROVIDERS_RU: MailProviders = {
  mailboxes: { yandex: 'yandex.ru', rambler: 'rambler.ru' },
  // Mail.ru's other domains: "bk.ru", "inbox.ru", "list.ru" (short or everyday words: with their TLD).
  withTld: ['ya', 'bk', 'inbox', 'list'],
  spellings: { яндекс: 'yandex', гмейл: 'gmail', гмайл: 'gmail', джимейл: 'gmail', рамблер: 'rambler', 'мейл ру': 'mail.ru', 'мэйл ру': 'mail.ru', 'бк ру': 'bk.ru', аутлук: 'outlook' },
  companies: ['гугл', 'гугол'],
};
