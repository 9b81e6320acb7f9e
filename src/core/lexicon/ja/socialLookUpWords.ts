/** "で検索", "探してね", "フォロー". */
export const socialLookUpWords: readonly string[] = ['探して', '探してね', 'フォロー', '調べて'];
