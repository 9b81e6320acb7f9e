/** Indonesian chat spellings: "wasap", "wa", "tele", "ig", "fb". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['wasapp', 'wa aja', 'waku'],
  instagram: ['igku'],
};
