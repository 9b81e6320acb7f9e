import { CUE, RULE } from './paymentCues.js';
import { shareLanguage, type WordHit } from './wordTrie.js';

/**
 * Talk about the rule itself: the cue words in the clause of a rule word describe the rule, they
 * do not ask for anything ("paying outside the site is against the rules here", "pagar por fuera
 * está prohibido acá", "这里不允许平台外付款", "platform ke bahar payment allowed nahi hai").
 * A contrast word between the rule and the cue ends the rule's reach: "I know it's not allowed
 * but pay me in cash" still asks. Names of an instrument's owner ("my PayPal") and details are
 * left to the other readings: only the cue words lose their weight, never a finding.
 */

// "but", "though", "anyway" and their kin in every covered language. Latin words are whole words;
// Chinese and Japanese ones are found inside the run.
const CONTRAST =
  /(?<![\p{L}\p{M}])(?:but|though|anyway|however|still|pero|aunque|igual|mas|porém|porem|mesmo assim|mais|quand même|quand meme|aber|trotzdem|doch|però|pero|comunque|но|однако|всё равно|все равно|ale|jednak|mimo to|ama|fakat|yine de|لكن|لكنه|بس|लेकिन|मगर|फिर भी|lekin|magar|phir bhi|কিন্তু|তবুও|লেকিন|لیکن|مگر|پھر بھی|tapi|tetapi|namun|tetep|tetap|pero|kaso|nhưng|tuy nhiên|vẫn)(?![\p{L}\p{M}])|但|可是|不过|还是|でも|けど|けれど|しかし/iu;

// A rule word reaches the cues of its clause only within this many characters.
const RULE_REACH = 60;
// Rule words that are also plain verbs of permission: they make rule talk only next to paying or leaving.
const RULED_CUES = CUE.pay | CUE.outside | CUE.fee | CUE.avoid | CUE.cash | CUE.rest | CUE.rail | CUE.railWeak | CUE.crypto | CUE.coin | CUE.gift | CUE.voucher | CUE.friends | CUE.details | CUE.accept;

/**
 * The cue hits that sit in the clause of a rule word, with no contrast word between them.
 * `clauseOf` gives the index of the clause holding an offset.
 */
export function ruledHits<Hit extends WordHit>(text: string, hits: readonly Hit[], clauseOf: (offset: number) => number): Hit[] {
  const rules = hits.filter((hit) => hit.label === RULE && inLanguage(text, hit, hits) && !suggests(text, hit));
  if (rules.length === 0) return [];
  return hits.filter(
    (hit) =>
      hit.label !== RULE &&
      (hit.tags & RULED_CUES) !== 0 &&
      rules.some((rule) => {
        if (clauseOf(rule.from) !== clauseOf(hit.from)) return false;
        const from = Math.min(rule.to, hit.to);
        const to = Math.max(rule.from, hit.from);
        return to - from <= RULE_REACH && !CONTRAST.test(text.slice(from, to));
      }),
  );
}

// A short Latin rule word is a common word of another language, or a stem read too far: "ban~"
// reads Tagalog "bang" ("pwede bang…?"). It counts beside a cue word of its own language.
const SHORT_RULE = 5;
const LATIN = /^[a-z\s'-]+$/i;

function inLanguage(text: string, rule: WordHit, hits: readonly WordHit[]): boolean {
  if (!rule.langs || rule.to - rule.from > SHORT_RULE || !LATIN.test(text.slice(rule.from, rule.to))) return true;
  return hits.some((hit) => hit !== rule && shareLanguage(hit, rule));
}

// A negative question suggests, it states no rule: "やりとりできませんか？" is "couldn't we…?".
const NEGATIVE_QUESTION = /(?:ません|ない)$/;

function suggests(text: string, rule: WordHit): boolean {
  return text[rule.to] === 'か' && NEGATIVE_QUESTION.test(text.slice(rule.from, rule.to));
}
