/**
 * Refusals, talk about the rule itself, deferrals and fields in code are not invitations: "I don't work outside
 * the platform", "is it allowed to talk on WhatsApp?", "we can share emails once the contract
 * starts", "text me the requirements here in the chat". Every look is bounded (a few words back,
 * one clause forward), so checking a phrase costs the same whatever the length of the message.
 */

// Negations, a few words before the phrase, in every supported language. "no" is one too
// ("no puedo pasarte mi número"), except as an interjection: "no worries", "no problem, call me".
const NEGATIONS = new Set([
  // English
  "don't", 'dont', 'not', "doesn't", 'doesnt', "didn't", "won't", 'wont', 'never', "can't", 'cant', 'cannot',
  "shouldn't", "mustn't", "isn't", "aren't", "wouldn't", "couldn't", 'refuse', 'avoid', 'stop', 'nor', 'without',
  // Spanish / Portuguese
  'no', 'nunca', 'jamás', 'jamas', 'tampoco', 'sin', 'não', 'nao', 'nem', 'sem', 'nunca', 'evite', 'evita', 'evitar',
  // French
  // Not "ne" (Italian "che ne dici") nor "plus" ("plus simple"): French negates with "pas", "jamais", "n'".
  'pas', 'jamais', 'sans',
  // German
  'nicht', 'kein', 'keine', 'keinen', 'nie', 'niemals', 'ohne',
  // Italian
  'non', 'mai', 'senza', 'neanche', 'nemmeno',
  // Indonesian
  'tidak', 'tdk', 'jangan', 'bukan', 'tak', 'gak', 'ga', 'nggak', 'enggak', 'ngga', 'belum', 'tanpa',
]);

// "no" followed by these is an interjection, not a negation.
const NOT_NEGATING_NO = new Set(['problem', 'problems', 'prob', 'probs', 'worries', 'worry', 'rush', 'pressure', 'doubt', 'hurry', 'stress', 'time', 'idea', 'matter', 'clue']);

// Words that make the sentence about the rule, not an invitation: "is it allowed to…", "the
// platform's policy says…". A question about the rule is rule talk, not a request.
const RULE_WORDS = new Set([
  'allowed', 'allow', 'allows', 'permitted', 'permit', 'permits', 'policy', 'policies', 'rule', 'rules', 'tos',
  'guidelines', 'forbidden', 'prohibited', 'banned', 'violate', 'violates', 'violation',
  'permitido', 'prohibido', 'reglas', 'normas', 'política', 'politica', 'proibido', 'regras', 'termos',
  'autorisé', 'autorise', 'permis', 'interdit', 'règles', 'regles', 'politique', 'erlaubt', 'verboten', 'regeln',
  'richtlinien', 'agb', 'consentito', 'permesso', 'vietato', 'regole', 'diizinkan', 'dilarang', 'aturan', 'kebijakan',
]);

// Words that end a clause: after them, an earlier negation no longer applies ("I can't now, but call me").
const CLAUSE_WORDS = new Set(['but', 'pero', 'mas', 'mais', 'aber', 'ma', 'tapi', 'though', 'anyway']);

// "… once the contract starts", "after you accept the offer", "quando o contrato começar".
const DEFERRAL =
  /(?<![\p{L}])(?:once|after|when|as\s{1,2}soon\s{1,2}as|upon|cuando|despu[eé]s|tras|una\s{1,2}vez|quando|depois|ap[oó]s|assim\s{1,2}que|quand|apr[eè]s|d[eè]s\s{1,2}que|lorsque|une\s{1,2}fois|sobald|nachdem|nach|wenn|dopo|appena|una\s{1,2}volta|setelah|sesudah|kalau|jika|begitu)(?:\s{1,3}[\p{L}'’]{1,15}){0,4}?\s{1,3}(?:contract|contracts|offer|hired|hire|hiring|milestone|accept|accepted|accepts|escrow|contrato|oferta|contratado|contratada|contrat|offre|embauch[eé]|vertrag|vertrags|angebot|auftrag|contratto|offerta|assunto|kontrak|tawaran|deal)(?![\p{L}])/iu;

// The conversation stays here: "text me the details here", "call me through the platform".
const ON_PLATFORM =
  /(?<![\p{L}])(?:here|in\s{1,2}(?:this|the)\s{1,2}(?:chat|thread|app|platform|conversation|inbox)|(?:on|through|via|within|using|in)\s{1,2}(?:the\s{1,2}|this\s{1,2})?(?:platform|site|website|upwork|fiverr|freelancer|marketplace|escrow|chat|app)|in\s{1,2}(?:the\s{1,2}|my\s{1,2})?(?:settings|profile)|aqu[ií]|por\s{1,2}(?:la|esta)\s{1,2}plataforma|en\s{1,2}la\s{1,2}plataforma|pela\s{1,2}plataforma|na\s{1,2}plataforma|ici|sur\s{1,2}la\s{1,2}plateforme|hier|[uü]ber\s{1,2}die\s{1,2}plattform|auf\s{1,2}der\s{1,2}plattform|qui|sulla\s{1,2}piattaforma|di\s{1,2}sini|di\s{1,2}platform|lewat\s{1,2}platform|[uü]ber\s{1,2}die\s{1,2}app|in\s{1,2}der\s{1,2}app|via\s{1,2}l['’]app(?:li)?|dans\s{1,2}l['’]app(?:li)?|dall['’]app|(?:dalla|nella|sulla|tramite\s{1,2}l['’])\s{0,2}app|(?:por|en)\s{1,2}la\s{1,2}app|pelo\s{1,2}app|(?:lewat|dari|di)\s{1,2}(?:aplikasi|app))(?![\p{L}])/iu;

// "why not", "¿por qué no…?", "warum nicht": a suggestion, not a refusal.
const WHY_BEFORE = /(?:why|qu[eé]|pourquoi|warum|wieso|perch[eé]|почему|dlaczego|czemu|neden|kenapa|bakit)\s{1,3}$/iu;

const LOOK_BACK_CHARS = 80;
const LOOK_BACK_WORDS = 5;
const LOOK_AHEAD_CHARS = 90;

// Cheap substring checks that let most phrases skip the full patterns below.
const MAYBE_DEFERRAL = /contra|offer|offre|oferta|hire|hiring|embauch|milestone|accept|escrow|vertrag|angebot|auftrag|kontrak|tawaran|deal|assunto/i;
const MAYBE_ON_PLATFORM = /here|chat|plat|site|app|upwork|fiverr|aqu|ici|hier|qui|sini|escrow|thread|inbox|market|freelancer|setting|profile/i;
const RULE_WORD = new RegExp(`(?:^|[^\\p{L}])(?:${[...RULE_WORDS].join('|')})(?![\\p{L}])`, 'iu');

/** What a caller has already read for itself, so the look-around skips it. */
export interface RuleTalkSkips {
  /** The clause reader judged the negation ("wouldn't it be easier…?", "if you don't mind…"). */
  negation?: boolean;
  /** The invitation names where to go, so "here" after it is the place being left ("…, here it's slow"). */
  here?: boolean;
}

/** True when the phrase at [from, to) is a refusal, talk about the rule, a deferral or stays on the platform. */
export function isRuleTalk(text: string, from: number, to: number, skips: RuleTalkSkips = {}): boolean {
  return isCodeField(text, from) || isNegatedOrRule(text, from, skips.negation === true) || isDeferredOrHere(text, to, skips.here === true);
}

/** The phrase starts on a field of a code identifier: "order.customer.phone me hai null" is a bug report. */
function isCodeField(text: string, from: number): boolean {
  const before = text[from - 1];
  return (before === '.' || before === '_') && isWordChar(text[from - 2] ?? ' ');
}

function isNegatedOrRule(text: string, from: number, skipNegation: boolean): boolean {
  // Read words backwards from the phrase: the nearest first, within a bounded window.
  const limit = Math.max(0, from - LOOK_BACK_CHARS);
  let inClause = true;
  let clauseWords = 0;
  let sentenceWords = 0;
  let next = ''; // the word after the current one ("no" + "problem")
  let end = from;
  for (let index = from - 1; index >= limit - 1; index -= 1) {
    const char = index >= limit ? text[index]! : ' ';
    if (isWordChar(char)) continue;
    if (index + 1 < end) {
      const word = text.slice(index + 1, end).toLowerCase().replace('’', "'");
      sentenceWords += 1;
      if (RULE_WORDS.has(word)) return true;
      if (inClause && CLAUSE_WORDS.has(word)) inClause = false;
      if (inClause) {
        clauseWords += 1;
        const negation = (NEGATIONS.has(word) && !(word === 'no' && NOT_NEGATING_NO.has(next))) || /^n'/.test(word);
        if (negation && !skipNegation && clauseWords <= LOOK_BACK_WORDS && !WHY_BEFORE.test(text.slice(Math.max(0, index - 20), index + 1))) return true;
      }
      if (sentenceWords >= LOOK_BACK_WORDS + 3) return false;
      next = word;
    }
    end = index;
    if (char === '.' || char === '!' || char === '?' || char === '\n') return false;
    // Rule words reach a little further, over commas: "according to the rules, we can't…".
    if (char === ',' || char === ';' || char === ':') inClause = false;
  }
  return false;
}

function isDeferredOrHere(text: string, to: number, skipHere: boolean): boolean {
  let end = to;
  const limit = Math.min(text.length, to + LOOK_AHEAD_CHARS);
  while (end < limit && !isSentenceBreak(text.charCodeAt(end))) end += 1;
  const sentence = text.slice(to, end);
  if (MAYBE_DEFERRAL.test(sentence) && DEFERRAL.test(sentence)) return true;
  // Rule talk after the phrase: "can we talk on WhatsApp, or is that against the rules?"
  if (RULE_WORD.test(sentence)) return true;
  if (skipHere) return false;
  const clause = sentence.slice(0, Math.min(50, firstClauseBreak(sentence)));
  return MAYBE_ON_PLATFORM.test(clause) && ON_PLATFORM.test(clause);
}

function firstClauseBreak(text: string): number {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 44 || code === 59 || code === 58) return index; // , ; :
  }
  return text.length;
}

function isSentenceBreak(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10; // . ! ? newline
}

function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  if (code < 128) return char === "'";
  return char === '’' || /[\p{L}\p{M}\d]/u.test(char);
}
