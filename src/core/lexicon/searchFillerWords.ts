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

/**
 * Articles and pronouns for things: after a look-up verb they start a thing to look up, not a name
 * ("look up the recipe on YouTube", "busca el tutorial en YouTube", "cherche la vidéo sur TikTok").
 */
export const SEARCH_THING_WORDS =
  // en, es, pt, fr, de, it
  'the|a|an|some|this|that|these|those|it|el|la|los|las|un|una|esto|eso|o|os|as|um|uma|isso|le|les|une|des|ce|ça|' +
  'der|die|das|den|dem|ein|eine|einen|es|il|lo|gli|uno';
