/** Vietnamese names and teencode: "zalo", "zl", "dalo", "fb", "phây", "mess", "tele". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  zalo: ['zalo', 'zl', 'dalo', 'da lô', 'za lô', 'zalô'],
  facebook: ['fb', 'phây', 'phây búc', 'mess', 'messenger', 'phở bò', 'face'],
  telegram: ['tele', 'tl'],
  instagram: ['ig', 'insta'],
  tiktok: ['tóp tóp'],
};
