/** Romanised Hindi chat spellings: "wtsp", "whtsapp", "watsup", "insta", "tele". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['watsup', 'whtsp'],
  telegram: ['telegrm'],
  instagram: ['insta id'],
};
