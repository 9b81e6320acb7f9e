import type { ContactKind } from '../types.js';

/** A host (and optional path prefix) whose links are more than a plain url. */
export interface KnownHost {
  host: string;
  /** Only links whose path starts with one of these count (e.g. LinkedIn profiles, Zoom meetings). */
  paths?: readonly string[];
  kind: Extract<ContactKind, 'social' | 'meeting' | 'payment'>;
  platform: string;
}

/**
 * Per kind and platform, the hosts whose links are more than a plain url. "host /a /b": only links
 * whose path starts with "/a" or "/b" (and goes on past it) count.
 */
const HOSTS: Readonly<Record<KnownHost['kind'], Readonly<Record<string, readonly string[]>>>> = {
  social: {
    whatsapp: ['wa.me', 'api.whatsapp.com', 'chat.whatsapp.com', 'whatsapp.com /send /channel', 'wa.link'],
    telegram: ['t.me', 'telegram.me', 'telegram.dog'],
    signal: ['signal.me', 'signal.group'],
    skype: ['join.skype.com'],
    discord: ['discord.gg', 'discord.com /invite /users', 'discordapp.com /invite /users'],
    line: ['line.me'],
    wechat: ['u.wechat.com', 'weixin.qq.com'],
    instagram: ['instagram.com /', 'instagr.am', 'ig.me'],
    facebook: ['facebook.com /', 'fb.com', 'fb.me', 'm.me'],
    x: ['x.com /', 'twitter.com /'],
    linkedin: ['linkedin.com /in/ /pub/ /company/'],
    tiktok: ['tiktok.com /@'],
    snapchat: ['snapchat.com /add/ /@'],
    vk: ['vk.com /', 'vk.ru /', 'vk.me'],
    ok: ['ok.ru /'],
    weibo: ['weibo.com /'],
    zalo: ['zalo.me'],
    kik: ['kik.me'],
    threads: ['threads.net /@', 'threads.com /@'],
    youtube: ['youtube.com /@ /c/ /channel/ /user/'],
    kakaotalk: ['open.kakao.com', 'qr.kakao.com'],
    qq: ['qm.qq.com'],
    viber: ['invite.viber.com'],
    douyin: ['douyin.com /user/', 'v.douyin.com'],
    xiaohongshu: ['xiaohongshu.com /user/profile/', 'xhslink.com'],
    bluesky: ['bsky.app /profile/'],
    pinterest: ['pinterest.com /'],
    reddit: ['reddit.com /user/ /u/'],
    // Portfolio networks with their own messages: a profile there is a way to reach the person.
    behance: ['behance.net /'],
    dribbble: ['dribbble.com /'],
    artstation: ['artstation.com /'],
    xing: ['xing.com /profile/'],
  },
  meeting: {
    zoom: ['zoom.us /j/ /my/ /s/ /w/ /wc/', 'zoom.com /j/ /my/'],
    'google-meet': ['meet.google.com'],
    teams: ['teams.microsoft.com /l/meetup-join /meet', 'teams.live.com'],
    whereby: ['whereby.com /'],
    calendly: ['calendly.com /'],
    webex: ['webex.com /meet /join'],
    jitsi: ['meet.jit.si', '8x8.vc'],
    'tencent-meeting': ['meeting.tencent.com'],
    voov: ['voovmeeting.com'],
    dingtalk: ['meeting.dingtalk.com'],
    'yandex-telemost': ['telemost.yandex.ru', 'telemost.yandex.com'],
    lark: ['vc.feishu.cn', 'vc.larksuite.com'],
    gotomeeting: ['gotomeet.me', 'meet.goto.com'],
    bluejeans: ['bluejeans.com /'],
  },
  payment: {
    paypal: ['paypal.me', 'paypal.com /paypalme /pools /donate'],
    venmo: ['venmo.com /u/ /'],
    cashapp: ['cash.app'],
    wise: ['wise.com /pay'],
    revolut: ['revolut.me'],
    buymeacoffee: ['buymeacoffee.com /'],
    'ko-fi': ['ko-fi.com /'],
    patreon: ['patreon.com /'],
    payoneer: ['payoneer.com /'],
  },
};

export const KNOWN_HOSTS: readonly KnownHost[] = (Object.entries(HOSTS) as [KnownHost['kind'], Record<string, readonly string[]>][]).flatMap(
  ([kind, platforms]) =>
    Object.entries(platforms).flatMap(([platform, entries]) =>
      entries.map((entry): KnownHost => {
        const [host = '', ...paths] = entry.split(' ');
        return paths.length > 0 ? { host, paths, kind, platform } : { host, kind, platform };
      }),
    ),
);

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
