/** "tìm kiếm", "gõ", "theo dõi". */
export const socialLookUpWords: readonly string[] = ['kiếm', 'gõ', 'search'];
