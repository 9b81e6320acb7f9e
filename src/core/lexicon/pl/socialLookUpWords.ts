/** "znajdziesz mnie jako", "obserwuj", "wyszukaj". */
export const socialLookUpWords: readonly string[] = ['znajdziesz', 'obserwuj', 'obserwujcie', 'szukajcie', 'wyszukajcie'];
