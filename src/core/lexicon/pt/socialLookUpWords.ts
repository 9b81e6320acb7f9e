/** "me encontra", "encontra a gente", "me segue". */
export const socialLookUpWords: readonly string[] = ['encontra', 'encontre', 'encontram', 'me segue', 'segue', 'busca', 'busque'];
