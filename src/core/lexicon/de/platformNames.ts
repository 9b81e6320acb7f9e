/** German nicknames: "über WA", "auf Insta", "Telegramm". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['whatsäpp', 'watsäpp', 'whatsi', 'watsi'],
  facebook: ['fratzenbuch'],
};
