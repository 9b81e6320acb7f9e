/** "खोज", "ढूंढ" forms, "फॉलो करो". */
export const socialLookUpWords: readonly string[] = ['खोज', 'खोजें', 'ढूंढें', 'ढूँढें', 'ढूंढ', 'ढूँढ', 'फॉलो', 'लिखो'];
