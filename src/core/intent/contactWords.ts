/**
 * Regex fragments shared by the phrase tables (payment phrases, an integrator's intent phrases) and
 * the clause readings. Every repetition is bounded and every alternation is literal, so each phrase
 * stays provably free of catastrophic backtracking.
 */

/** One to three spaces between words (people double-space, and line-wrap). */
export const WORD_GAP = '\\s{1,3}';

/** Ends a word: the next character is not a letter or digit (`\b` is ASCII-only in JS). */
export const END = '(?![\\p{L}\\d])';

/** An apostrophe as typed on phones (’) or keyboards ('). Phrases list the unpunctuated form separately ("lets"). */
export const APOS = "['’]";

/**
 * A phrase table entry written as it reads, turned into its regex source: each space becomes WORD_GAP
 * and each apostrophe APOS. "let's talk on {p}" stays legible (and the tables smaller) instead of
 * `let${APOS}s${WORD_GAP}talk${WORD_GAP}on${WORD_GAP}{p}`. Only a literal space or "'" is rewritten; "\\s" and
 * character classes are left as they are.
 */
export function phraseSource(phrase: string): string {
  return phrase.replaceAll(' ', WORD_GAP).replaceAll("'", APOS);
}

// Nouns that turn "your phone" / "your WhatsApp" into something other than a contact detail:
// "what is your phone model?", "your WhatsApp API experience", "the Telegram bot".
const NOT_A_CONTACT =
  'one|model|brand|case|screen|type|os|version|plan|bill|battery|camera|apps?|api|apis|bots?|sdk|integrations?|ads|campaigns?|marketing|experience|development|developer|clone|automation|webhooks?|channel|templates?|business\\s{1,2}api|of|skills|account\\s{1,2}manager|provider|settings|signature|template|list|campaign|server|client';

/** One of the nouns above, after a space: "… API", "… ads". */
export const SKILL_NOUN_AFTER = `\\s{1,2}(?:${NOT_A_CONTACT})${END}`;
