/** Indonesian chat spellings: "wasap", "wa", "tele", "ig", "fb". */
export const platformNames: Readonly<Record<string, readonly string[]>> = {
  whatsapp: ['wasap', 'wasapp', 'watsap', 'wa', 'whatsap', 'wa aja'],
  telegram: ['tele', 'tlgrm'],
  instagram: ['ig', 'insta', 'instagram'],
  facebook: ['fb', 'fesbuk', 'facebook'],
  line: ['line'],
};
