/** Spanish nicknames: "el wasap", "el face", "el insta". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['guasap', 'guasa', 'wasa', 'watsa', 'whatsa', 'whasap', 'wuasap', 'guasapp', 'guatsap', 'uasap'],
  facebook: ['face', 'feis', 'feisbuk', 'fcbk', 'feisbuc'],
  instagram: ['instagran'],
  telegram: ['tele', 'telegra', 'avioncito', 'app del avioncito'],
};
