/** "findest du mich unter", "folg mir", "gib ein". */
export const socialLookUpWords: readonly string[] = ['folg', 'folge', 'folgt', 'gib', 'eingeben'];
