/**
 * Refusals and talk about the rule itself are not invitations: "I don't work outside the
 * platform", "we can share emails once the contract starts", "is it allowed to talk on WhatsApp?".
 * Looks a bounded distance back and forward inside the same sentence, in every supported language.
 */
const NEGATION_BEFORE =
  /(?:^|[^\p{L}])(?:don'?t|do not|doesn'?t|does not|won'?t|will not|never|can'?t|cannot|can not|shouldn'?t|should not|mustn'?t|not|no|refuse|avoid asking|allowed|permitted|rules?|policy|prohibited|forbidden|against|nunca|prohibido|permitido|n[ãa]o|proibido|permitido|ne|pas|jamais|interdit|nicht|kein|keine|nie|niemals|verboten|erlaubt|non|mai|vietato|tidak|jangan|bukan|dilarang|tak|ga|gak|nggak)(?:[^\p{L}]|$)/iu;
const AFTER_CONTRACT =
  /^[^.!?\n]{0,60}?\b(?:once|after|when|until|before)\b[^.!?\n]{0,25}?\b(?:contract|offer|hire|hired|hiring|milestone|accepted|accept)\b/iu;

export function isRuleTalk(text: string, from: number, to: number): boolean {
  // Only the last 50 characters of the same sentence: bounded, so scans stay linear.
  const window = text.slice(Math.max(0, from - 50), from);
  const before = window.slice(Math.max(window.lastIndexOf('.'), window.lastIndexOf('!'), window.lastIndexOf('?'), window.lastIndexOf('\n')) + 1);
  return NEGATION_BEFORE.test(before) || AFTER_CONTRACT.test(text.slice(to, to + 90));
}
