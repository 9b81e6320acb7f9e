import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (ja). */
export const MAIL_PROVIDERS_JA: MailProviders = {
  mailboxes: { docomo: 'docomo.ne.jp', ezweb: 'ezweb.ne.jp' },
  withTld: ['softbank', 'au'],
  spellings: { ジーメール: 'gmail', gメール: 'gmail', ヤフー: 'yahoo', アウトルック: 'outlook', ホットメール: 'hotmail', ドコモ: 'docomo', アイクラウド: 'icloud' },
  companies: ['グーグル'],
};
