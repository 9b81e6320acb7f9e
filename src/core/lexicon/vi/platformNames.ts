/** Vietnamese names and teencode: "zalo", "dalo", "fb", "phây", "mess", "tele". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  zalo: ['dalo', 'da lô', 'zalô', 'za lô', 'zl'],
  facebook: ['phây', 'phây búc', 'mess', 'phở bò', 'phây bút', 'phêu búc'],
  tiktok: ['tóp tóp'],
  telegram: ['tê lê'],
  instagram: ['in-sta'],
};
