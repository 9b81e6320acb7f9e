/** Vietnamese names and teencode: "zalo", "dalo", "fb", "phây", "mess", "tele". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  zalo: ['zalo', 'dalo', 'da lô', 'za lô', 'zalô'],
  facebook: ['fb', 'phây', 'phây búc', 'mess', 'messenger', 'phở bò', 'face'],
  telegram: ['tele'],
  instagram: ['ig', 'insta'],
  tiktok: ['tóp tóp'],
};
