/** "yazınca çıkıyorum", "aratınca", "takip et". */
export const socialLookUpWords: readonly string[] = ['yazın', 'yazınca', 'yazarsan', 'aratınca', 'aratırsan', 'arayın', 'arayınca', 'takip'];
