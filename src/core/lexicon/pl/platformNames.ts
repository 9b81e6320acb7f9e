/** Polish names and inflected slang: "na WhatsAppie", "na wacie", "na fejsie", "na telegramie", "signala". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['whatsappie', 'whatsappa', 'wacie', 'wacik', 'łacap', 'łotsap', 'wtsapp', 'watsapie'],
  telegram: ['telegramie', 'telegrama', 'telegramu', 'tele'],
  signal: ['signala', 'signalu', 'signalem', 'sygnale', 'sygnała'],
  facebook: ['fejs', 'fejsie', 'fejsa', 'fejsbuk', 'fejsbuku', 'fb', 'messengerze', 'mesendżer', 'messengera'],
  instagram: ['insta', 'instagramie', 'insto', 'instę', 'inście', 'instce'],
  skype: ['skypie', 'skajp', 'skajpie'],
  discord: ['discordzie', 'dziki'],
  viber: ['viberze'],
};
