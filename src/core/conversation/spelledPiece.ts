/** What a word is made of, as number words; undefined when it is not made of them. */
type NumberWordReader = (word: string) => ReadonlyArray<{ weak: boolean; kind: string }> | undefined;

// Set by the phone recognizer: a checker without phones (email and links only) carries no number words.
let readNumberWords: NumberWordReader | undefined;

/** Called where number words are already in the bundle (the phone recognizer). */
export function readSpelledPiecesWith(reader: NumberWordReader): void {
  readNumberWords = reader;
}

/** A piece spelled in words holds a word that is only a number word ("восемь", "zéro sept", "nau aath do do"). */
const MIN_NUMBER_WORDS = 1;
const MAX_PIECE_LENGTH = 60;
// Letter runs with their vowel signs (Devanagari, Bengali, Thai-like scripts); 〇 is a number letter.
const LETTER_RUN = /[\p{L}\p{M}\u3007]+/gu;

/**
 * A message that is a piece of a number spelled in words: every word is a number word (or made of
 * them, "ゼロハチゼロ", "quatre-vingt-dix"), with digits or emoji beside them allowed ("🙃 four four
 * two", "o 3 8 one"). A sentence with one other word in it is talk, not a piece.
 */
export function isSpelledPiece(message: string): boolean {
  if (!readNumberWords || message.length > MAX_PIECE_LENGTH) return false;
  let strong = 0;
  for (const run of message.matchAll(LETTER_RUN)) {
    const morphemes = readNumberWords(run[0]);
    if (!morphemes) return false;
    for (const morpheme of morphemes) {
      // Homophones and everyday words ("to", "for", "do") count only beside real number words.
      if (!morpheme.weak && morpheme.kind !== 'connector') strong += 1;
    }
  }
  return strong >= MIN_NUMBER_WORDS;
}

/** A word made of number words, not only connectors ("nine", "一五六"; not "then"). False without the phone recognizer. */
export function isNumberWord(word: string): boolean {
  const morphemes = readNumberWords?.(word);
  return morphemes !== undefined && morphemes.some((morpheme) => morpheme.kind !== 'connector');
}
