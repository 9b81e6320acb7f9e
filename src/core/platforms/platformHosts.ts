import type { ContactKind } from '../types.js';

/** A host (and optional path prefix) whose links are more than a plain url. */
export interface KnownHost {
  host: string;
  /** Only links whose path starts with one of these count (e.g. LinkedIn profiles, Zoom meetings). */
  paths?: readonly string[];
  kind: Extract<ContactKind, 'social' | 'meeting' | 'payment'>;
  platform: string;
}

export const KNOWN_HOSTS: readonly KnownHost[] = [
  { host: 'wa.me', kind: 'social', platform: 'whatsapp' },
  { host: 'api.whatsapp.com', kind: 'social', platform: 'whatsapp' },
  { host: 'chat.whatsapp.com', kind: 'social', platform: 'whatsapp' },
  { host: 'whatsapp.com', paths: ['/send', '/channel'], kind: 'social', platform: 'whatsapp' },
  { host: 't.me', kind: 'social', platform: 'telegram' },
  { host: 'telegram.me', kind: 'social', platform: 'telegram' },
  { host: 'telegram.dog', kind: 'social', platform: 'telegram' },
  { host: 'signal.me', kind: 'social', platform: 'signal' },
  { host: 'signal.group', kind: 'social', platform: 'signal' },
  { host: 'join.skype.com', kind: 'social', platform: 'skype' },
  { host: 'discord.gg', kind: 'social', platform: 'discord' },
  { host: 'discord.com', paths: ['/invite', '/users'], kind: 'social', platform: 'discord' },
  { host: 'discordapp.com', paths: ['/invite', '/users'], kind: 'social', platform: 'discord' },
  { host: 'line.me', kind: 'social', platform: 'line' },
  { host: 'u.wechat.com', kind: 'social', platform: 'wechat' },
  { host: 'weixin.qq.com', kind: 'social', platform: 'wechat' },
  { host: 'instagram.com', paths: ['/'], kind: 'social', platform: 'instagram' },
  { host: 'instagr.am', kind: 'social', platform: 'instagram' },
  { host: 'facebook.com', paths: ['/'], kind: 'social', platform: 'facebook' },
  { host: 'fb.com', kind: 'social', platform: 'facebook' },
  { host: 'fb.me', kind: 'social', platform: 'facebook' },
  { host: 'm.me', kind: 'social', platform: 'facebook' },
  { host: 'x.com', paths: ['/'], kind: 'social', platform: 'x' },
  { host: 'twitter.com', paths: ['/'], kind: 'social', platform: 'x' },
  { host: 'linkedin.com', paths: ['/in/', '/pub/', '/company/'], kind: 'social', platform: 'linkedin' },
  { host: 'tiktok.com', paths: ['/@'], kind: 'social', platform: 'tiktok' },
  { host: 'snapchat.com', paths: ['/add/', '/@'], kind: 'social', platform: 'snapchat' },
  { host: 'vk.com', paths: ['/'], kind: 'social', platform: 'vk' },
  { host: 'ok.ru', paths: ['/'], kind: 'social', platform: 'ok' },
  { host: 'weibo.com', paths: ['/'], kind: 'social', platform: 'weibo' },
  { host: 'zalo.me', kind: 'social', platform: 'zalo' },
  { host: 'kik.me', kind: 'social', platform: 'kik' },
  { host: 'threads.net', paths: ['/@'], kind: 'social', platform: 'threads' },
  { host: 'threads.com', paths: ['/@'], kind: 'social', platform: 'threads' },
  { host: 'youtube.com', paths: ['/@', '/c/', '/channel/', '/user/'], kind: 'social', platform: 'youtube' },
  { host: 'wa.link', kind: 'social', platform: 'whatsapp' },
  { host: 'vk.ru', paths: ['/'], kind: 'social', platform: 'vk' },
  { host: 'open.kakao.com', kind: 'social', platform: 'kakaotalk' },
  { host: 'qm.qq.com', kind: 'social', platform: 'qq' },
  { host: 'invite.viber.com', kind: 'social', platform: 'viber' },
  { host: 'douyin.com', paths: ['/user/'], kind: 'social', platform: 'douyin' },
  { host: 'xiaohongshu.com', paths: ['/user/profile/'], kind: 'social', platform: 'xiaohongshu' },
  { host: 'bsky.app', paths: ['/profile/'], kind: 'social', platform: 'bluesky' },
  { host: 'ig.me', kind: 'social', platform: 'instagram' },
  { host: 'vk.me', kind: 'social', platform: 'vk' },
  { host: 'qr.kakao.com', kind: 'social', platform: 'kakaotalk' },
  { host: 'v.douyin.com', kind: 'social', platform: 'douyin' },
  { host: 'xhslink.com', kind: 'social', platform: 'xiaohongshu' },
  { host: 'pinterest.com', paths: ['/'], kind: 'social', platform: 'pinterest' },
  { host: 'reddit.com', paths: ['/user/', '/u/'], kind: 'social', platform: 'reddit' },
  { host: 'zoom.us', paths: ['/j/', '/my/', '/s/', '/w/', '/wc/'], kind: 'meeting', platform: 'zoom' },
  { host: 'zoom.com', paths: ['/j/', '/my/'], kind: 'meeting', platform: 'zoom' },
  { host: 'meet.google.com', kind: 'meeting', platform: 'google-meet' },
  { host: 'teams.microsoft.com', paths: ['/l/meetup-join', '/meet'], kind: 'meeting', platform: 'teams' },
  { host: 'teams.live.com', kind: 'meeting', platform: 'teams' },
  { host: 'whereby.com', paths: ['/'], kind: 'meeting', platform: 'whereby' },
  { host: 'calendly.com', paths: ['/'], kind: 'meeting', platform: 'calendly' },
  { host: 'webex.com', paths: ['/meet', '/join'], kind: 'meeting', platform: 'webex' },
  { host: 'meet.jit.si', kind: 'meeting', platform: 'jitsi' },
  { host: 'meeting.tencent.com', kind: 'meeting', platform: 'tencent-meeting' },
  { host: 'voovmeeting.com', kind: 'meeting', platform: 'voov' },
  { host: 'meeting.dingtalk.com', kind: 'meeting', platform: 'dingtalk' },
  { host: 'telemost.yandex.ru', kind: 'meeting', platform: 'yandex-telemost' },
  { host: 'telemost.yandex.com', kind: 'meeting', platform: 'yandex-telemost' },
  { host: 'vc.feishu.cn', kind: 'meeting', platform: 'lark' },
  { host: 'vc.larksuite.com', kind: 'meeting', platform: 'lark' },
  { host: 'gotomeet.me', kind: 'meeting', platform: 'gotomeeting' },
  { host: 'meet.goto.com', kind: 'meeting', platform: 'gotomeeting' },
  { host: 'bluejeans.com', paths: ['/'], kind: 'meeting', platform: 'bluejeans' },
  { host: '8x8.vc', kind: 'meeting', platform: 'jitsi' },
  { host: 'paypal.me', kind: 'payment', platform: 'paypal' },
  { host: 'paypal.com', paths: ['/paypalme', '/pools', '/donate'], kind: 'payment', platform: 'paypal' },
  { host: 'venmo.com', paths: ['/u/', '/'], kind: 'payment', platform: 'venmo' },
  { host: 'cash.app', kind: 'payment', platform: 'cashapp' },
  { host: 'wise.com', paths: ['/pay'], kind: 'payment', platform: 'wise' },
  { host: 'revolut.me', kind: 'payment', platform: 'revolut' },
  { host: 'buymeacoffee.com', paths: ['/'], kind: 'payment', platform: 'buymeacoffee' },
  { host: 'ko-fi.com', paths: ['/'], kind: 'payment', platform: 'ko-fi' },
  { host: 'patreon.com', paths: ['/'], kind: 'payment', platform: 'patreon' },
  { host: 'payoneer.com', paths: ['/'], kind: 'payment', platform: 'payoneer' },
];

/** The known host for a link, sub-domains included ("us02web.zoom.us"); path rules applied. */
export function findKnownHost(host: string, path: string, extra: readonly KnownHost[]): KnownHost | undefined {
  const normalized = host.toLowerCase().replace(/^www\./, '');
  for (const known of [...extra, ...KNOWN_HOSTS]) {
    if (normalized !== known.host && !normalized.endsWith(`.${known.host}`)) continue;
    if (!known.paths) return known;
    // A bare "instagram.com" is the site, not a profile: a profile link needs a path.
    if (known.paths.some((prefix) => path.startsWith(prefix) && path.length > prefix.length)) return known;
  }
  return undefined;
}
