import type { MailProviders } from '../mailProviderTable.js';

/** Mail providers of this market and how their names are written (zh). */
export const MAIL_PROVIDERS_ZH: MailProviders = {
  mailboxes: { qq: 'qq.com', '163': '163.com', '126': '126.com', sina: 'sina.com', sohu: 'sohu.com', foxmail: 'foxmail.com', aliyun: 'aliyun.com', '139': '139.com' },
  withTld: ['yeah'],
  spellings: { 谷歌邮箱: 'gmail', 网易邮箱: '163', 网易: '163', 新浪: 'sina', 雅虎: 'yahoo', 搜狐: 'sohu' },
  companies: ['谷歌'],
};
