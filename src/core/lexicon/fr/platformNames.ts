/** French nicknames: "sur WhatsApp", "sur Insta", "sur Télégram", "tele". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['whatsap', 'ouatsap', 'watsapp'],
  telegram: ['télégram', 'telegramme', 'télégramme', 'tele', 'télé'],
  facebook: ['face', 'fesse bouc', 'messenger'],
  instagram: ['insta', 'instagramme'],
  snapchat: ['snap'],
};
