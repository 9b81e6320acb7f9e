/** "cerca", "trova", "seguimi", "mi trovi come". */
export const socialLookUpWords: readonly string[] = ['cerca', 'cercare', 'trova', 'trovi', 'trovate', 'seguimi', 'digita'];
