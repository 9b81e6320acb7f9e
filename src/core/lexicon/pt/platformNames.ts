/** Portuguese nicknames: "no zap", "no face", "no insta". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['zap', 'zapzap', 'uatsap', 'wats', 'zapp', 'zapzapp', 'uatizap', 'watizap', 'wpzinho'],
  facebook: ['feice', 'feicebuque'],
  telegram: ['telegran', 'telegrão', 'aviãozinho', 'app do aviãozinho'],
};
