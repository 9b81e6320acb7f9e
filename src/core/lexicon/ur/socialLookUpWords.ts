/** "ڈھونڈیں", "تلاش کریں", "فالو کریں". */
export const socialLookUpWords: readonly string[] = ['ڈھونڈیں', 'ڈھونڈو', 'ڈھونڈ', 'فالو', 'لکھیں'];
