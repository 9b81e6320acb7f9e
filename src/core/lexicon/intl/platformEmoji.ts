/**
 * Emoji people write for an app ("je t'écris sur ✈️", "dm me on 📷", "add me on 👻"). Like
 * everyday words they name the app only after a cue ("on", "sur", a contact verb): "pics 📷
 * attached" names nothing. Any script uses them, so they are not per language.
 */
export const PLATFORM_EMOJI: Readonly<Record<string, readonly string[]>> = {
  telegram: ['✈', '🛩'],
  instagram: ['📷', '📸'],
  snapchat: ['👻'],
  whatsapp: ['🟢', '💚'],
};

/** Every emoji of the table, for the tokenizer (each is one code point). */
export const PLATFORM_EMOJI_CHARACTERS: readonly string[] = Object.values(PLATFORM_EMOJI).flat();
