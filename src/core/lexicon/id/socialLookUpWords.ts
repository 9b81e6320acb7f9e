/** "cek", "ketik", "follow". */
export const socialLookUpWords: readonly string[] = ['cek', 'ketik', 'follow', 'temukan', 'nyari'];
