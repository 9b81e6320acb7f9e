/** Polish names and inflected slang: "na WhatsAppie", "na wacie", "na fejsie", "na telegramie", "signala". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['wacie', 'wacik', 'łacap', 'łotsap', 'wacap', 'wapie', 'wapem'],
  signal: ['signala', 'signalu', 'signalem', 'sygnale', 'sygnała'],
  facebook: ['fejs', 'fejsie', 'fejsa', 'fejsbuk', 'messengerze', 'mesendżer', 'messa', 'messie', 'mesie', 'mesenger', 'mesendzer', 'mesendżerze', 'mesengerze', 'messu', 'messem'],
  instagram: ['insto', 'instę', 'inście', 'instce'],
  skype: ['skypie', 'skajp'],
  discord: ['dziki'],
  viber: ['viberze'],
  telegram: ['telegramik'],
  snapchat: ['snapa', 'snapie', 'snapem'],
};
