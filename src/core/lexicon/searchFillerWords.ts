/**
 * Pronouns, place words and negations that can follow a look-up verb without naming anyone: "bei
 * Insta findest du mich nicht", "on insta you won't find me there". Made only of these, with a
 * negation, the "name" is a refusal.
 */
export const SEARCH_FILLER_WORDS =
  // en, es, pt, fr, de, it
  'me|you|i|there|here|te|yo|ahí|alli|aquí|eu|você|voce|lá|la|moi|toi|je|là|du|mich|dich|ich|da|dort|hier|mi|ti|io|lì|qui|' +
  // ru, pl, tr, id, tl, vi, hi-Latn
  'меня|тебя|я|там|тут|mnie|ciebie|ja|tam|tu|beni|seni|ben|orada|aku|saya|kamu|sana|ako|ka|doon|mình|tôi|bạn|mujhe|tumhe|main|wahan';

export const SEARCH_NEGATION_WORDS = 'not|never|no|nunca|não|nao|pas|jamais|nicht|nie|nirgends|non|mai|не|nie|değil|gak|tidak|ga|hindi|không|nahi';
