/** "hanapin mo", "i-type", "i-follow". */
export const socialLookUpWords: readonly string[] = ['hanap', 'i-type', 'i-follow', 'follow'];
