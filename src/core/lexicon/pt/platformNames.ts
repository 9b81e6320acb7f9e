/** Portuguese nicknames: "no zap", "no face", "no insta". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['zap', 'zapzap', 'uatsap', 'wats'],
  facebook: ['feice', 'feicebuque'],
  telegram: ['telegran'],
};
