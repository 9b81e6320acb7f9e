/** "retrouve-moi", "suivez-moi", "tu me trouves sous". */
export const socialLookUpWords: readonly string[] = ['retrouve*', 'suis-moi', 'suivez-moi', 'trouves'];
