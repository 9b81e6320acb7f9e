/**
 * Regex fragments shared by the intent phrase tables. Every repetition is bounded and every
 * alternation is literal, so each phrase stays provably free of catastrophic backtracking.
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

/** Lookahead that rejects a contact word followed by one of the nouns above. */
export const NOT_SKILL = `(?!${SKILL_NOUN_AFTER})`;

/** The contact details people ask for, in every supported language ("your number", "tu correo"…). */
export const DETAIL = `(?:${[
  // English
  'phone\\s{1,2}(?:number|no\\.?|#)',
  'phone',
  'cell(?:\\s{1,2}(?:phone|number))?',
  'mobile(?:\\s{1,2}(?:phone|number))?',
  'number',
  'digits',
  'personal\\s{1,2}e-?mail',
  'e-?mail(?:\\s{1,2}(?:address|id))?',
  'contacts?(?:\\s{1,2}(?:info|information|details|number))?',
  'whats\\s?app(?:\\s{1,2}(?:number|no))?',
  'telegram(?:\\s{1,2}(?:handle|username|id))?',
  'skype(?:\\s{1,2}id)?',
  'discord',
  'signal',
  'wechat',
  'insta(?:gram)?',
  'ig',
  'socials?',
  'snap(?:chat)?',
  'line\\s{1,2}id',
  // Spanish / Portuguese / Italian
  'n[uú]mero(?:\\s{1,2}(?:de\\s{1,2})?(?:tel[eé]fono|celular|whats\\s?app|wsp|cel|telefone|zap))?',
  'tel[eé]fono',
  'celular',
  'cel',
  'correo(?:\\s{1,2}electr[oó]nico)?',
  'wsp',
  'whats',
  'zap(?:zap)?',
  'wpp',
  'telefone',
  'contato',
  'contacto',
  'cellulare',
  'numero(?:\\s{1,2}di\\s{1,2}(?:telefono|cellulare))?',
  // French
  'num[eé]ro(?:\\s{1,2}de\\s{1,2}(?:t[eé]l[eé]phone|portable))?',
  't[eé]l[eé]phone',
  'portable',
  'mail',
  'courriel',
  // German
  'handynummer',
  'telefonnummer',
  'nummer',
  'handy',
  'e-?mail-?adresse',
  // Indonesian
  'nomor(?:\\s{1,2}(?:hp|wa|whatsapp|telepon|telp|handphone))?',
  'no\\.?\\s{0,2}(?:hp|wa|telp)',
  'wa',
  'kontak',
].join('|')})${END}${NOT_SKILL}`;

/** Determiners that may sit before a platform name: "on my WhatsApp", "al WhatsApp", "sur le Telegram". */
export const PLATFORM_DETERMINER =
  '(?:(?:my|your|the|a|an|mi|tu|el|la|meu|minha|seu|sua|o|mon|ma|ton|ta|le|mein|meine|dein|deine|il|mio|tuo)\\s{1,2})?';

/**
 * Where a platform name goes in a phrase ("let's continue on {p}"): an optional determiner, then
 * one to three words, captured. Which words name a platform is decided in code against the name
 * table (built-in and integrator platforms), not by a regex alternation of every name: the phrase
 * patterns stay small, fast to compile and provably free of catastrophic backtracking.
 */
export const PLATFORM_SLOT = `${PLATFORM_DETERMINER}([\\p{L}][\\p{L}\\d-]{0,19}(?:\\s{1,2}[\\p{L}][\\p{L}\\d-]{0,19}){0,2})`;
