/** French nicknames: "sur WhatsApp", "sur Insta", "sur Télégram", "tele". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['ouatsap', 'ouatsape'],
  telegram: ['télégram', 'télégramme', 'télé'],
  facebook: ['fesse bouc'],
  instagram: ['instagramme'],
};
