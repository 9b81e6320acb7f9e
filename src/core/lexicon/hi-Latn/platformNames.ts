/** Romanised Hindi chat spellings: "wtsp", "whtsapp", "watsup", "insta", "tele". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['wtsp', 'whtsapp', 'watsup', 'whatsup', 'wtsapp', 'whtsp', 'watsapp', 'wp'],
  telegram: ['tele', 'telegrm'],
  instagram: ['insta', 'insta id'],
  facebook: ['fb', 'fesbuk'],
};
