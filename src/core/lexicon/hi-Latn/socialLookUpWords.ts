/** "search karo", "dhundh lo", "follow karo". */
export const socialLookUpWords: readonly string[] = ['dhundh', 'dhoondh', 'dhundho', 'dhund', 'khoj', 'follow', 'likho'];
