/** Spanish nicknames: "el wasap", "el face", "el insta". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['guasap', 'guasa', 'wasa', 'watsa', 'whatsa'],
  facebook: ['face', 'feis', 'feisbuk'],
  instagram: ['instagran'],
  telegram: ['tele', 'telegra'],
};
