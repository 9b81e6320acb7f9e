// A Latin discount word this short ("off") is also a preposition: "drop it off outside at 5".
const SHORT_LATIN = /^[a-z]{1,3}$/i;

/** True when a discount word names a price cut by itself: not a short Latin word that is also a particle ("off"). */
export const namesPriceCut = (word: string): boolean => !SHORT_LATIN.test(word);
