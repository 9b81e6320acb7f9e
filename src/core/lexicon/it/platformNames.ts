/** Italian nicknames: "uozzap", "uazzap", "su Insta", "Telegram". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['uozzap', 'uazzap', 'uatsapp', 'wazzap', 'whatsup', 'vozzap', 'uozap', 'watsappe', 'uotsapp', 'wzp', 'wzap', 'whatsappe'],
  facebook: ['fessbuk', 'faccialibro', 'feisbuk'],
  telegram: ['telegràm'],
};
