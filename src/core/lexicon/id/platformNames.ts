/** Indonesian chat spellings: "wasap", "wa", "tele", "ig", "fb". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['wasapp', 'waku', 'wamu', 'wanya'],
  instagram: ['igku', 'igmu', 'ignya'],
  facebook: ['fbku', 'fbmu', 'fbnya'],
};
