/** Turkish names and nicknames: "vatsap", "telgraf", "face", "insta"; suffixes follow an apostrophe or join the name. */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['vatsap', 'vatsapp', 'vatsab', 'wp', 'wpden', 'wpdan', 'wptan', 'wpten', 'wpye'],
  telegram: ['telgraf', 'telegraf'],
  facebook: ['feys', 'feysbuk', 'fesbuk'],
  instagram: ['ınsta', 'instan', 'instam'],
  snapchat: ['snapim'],
  bip: ['bip'],
};
