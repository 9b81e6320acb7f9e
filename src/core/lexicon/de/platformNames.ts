/** German nicknames: "über WA", "auf Insta", "Telegramm". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['whatsapp', 'whatsäpp', 'watsäpp'],
  telegram: ['telegramm'],
  instagram: ['insta'],
  facebook: ['face', 'fratzenbuch'],
};
