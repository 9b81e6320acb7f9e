/** Turkish names and nicknames: "vatsap", "telgraf", "face", "insta"; suffixes follow an apostrophe or join the name. */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['vatsap', 'vatsapp', 'whatsap', 'vatsab', 'wp', 'watsap'],
  telegram: ['telgraf', 'telegraf', 'telgram', 'telegramın'],
  facebook: ['face', 'feys', 'feysbuk', 'fesbuk'],
  instagram: ['insta', 'instagram', 'ınsta', 'instagramdan'],
  tiktok: ['tiktok'],
};
