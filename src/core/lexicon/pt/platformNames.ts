/** Portuguese nicknames: "no zap", "no face", "no insta". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['zap', 'zapzap', 'zap zap', 'uatsap', 'whats', 'wats'],
  facebook: ['face', 'feice', 'feicebuque'],
  instagram: ['insta', 'instagran'],
  telegram: ['telegran', 'tele'],
};
