import { alternation } from '../text/alternation.js';
import { execAll } from '../intent/execAll.js';
import { MAX_PHRASE_HITS } from '../intent/phraseSet.js';

/** A payment brand mentioned as a way to pay: "pay me via PayPal", "venmo @ana-b", "zelle me". */
export interface BrandRequestSpan {
  from: number;
  to: number;
  /** Brand name as written, lower-case, single-spaced. */
  brand: string;
  /** The handle, email or number given for the brand, when there is one. */
  handle?: string;
}

export interface BrandRequestFinder {
  find(text: string): BrandRequestSpan[];
}

// What follows a brand name and makes it skills talk, not a way to pay: "PayPal integration".
const SKILL_AFTER = /^\s{1,2}(?:api|apis|sdk|integrations?|checkout|plugin|gateway|button|ipn|webhooks?|sandbox|developer|clone|account\s{1,2}manager)(?![\p{L}])/iu;

// Handles: "@ana-b", "ana@mail.co", "rahul.k@okaxis" (a UPI ID has no top-level domain),
// "ana.b_88", "+1 555 010 0199" — a plain word ("venmo is great") is only a handle after an
// explicit label ("venmo: anab", "my venmo is anab").
const HANDLE = /^(?:@[\p{L}\d][\p{L}\d._-]{0,40}|[\p{L}\d][\p{L}\d._+-]{0,40}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){0,4}|\+?\d[\d ().-]{5,18}\d|\$[A-Za-z][A-Za-z\d_]{0,19}|[\p{L}\d][\p{L}\d._-]{1,40}[\p{L}\d])(?![\p{L}\d@])/u;
// Letters only, hyphenated words included ("check-in" is not a handle).
const PLAIN_WORD = /^\p{L}+(?:-\p{L}+)*$/u;
// Words that say something about the brand rather than name an account: "my paypal is blocked".
const NOT_A_HANDLE = new Set([
  'blocked', 'limited', 'down', 'suspended', 'closed', 'frozen', 'not', 'broken', 'empty', 'fine', 'ok', 'okay', 'working',
  'verified', 'the', 'a', 'an', 'also', 'still', 'under', 'in', 'on', 'linked', 'connected', 'better', 'great', 'good',
  'cheaper', 'faster', 'slow', 'safe', 'easier', 'same', 'different', 'new', 'old', 'there', 'here', 'ready', 'set', 'fixed',
  'gone', 'banned', 'restricted', 'locked', 'active', 'inactive', 'pending', 'done', 'best', 'popular', 'available',
]);

const LABELS = '(?:me|id|account|acct|handle|username|user|email|e-mail|tag|cashtag|key|chave|is|es|est|ist|è|é|adalah|at|to|:|=|-|#)';

const PAY_VERB = new Set([
  'pay', 'pays', 'paid', 'paying', 'send', 'sends', 'sending', 'sent', 'transfer', 'transferring', 'wire', 'wiring',
  'deposit', 'tip', 'págame', 'pagame', 'paga', 'pague', 'pagar', 'pagas', 'pagues', 'págueme', 'pagueme', 'paie',
  'payez', 'paye', 'payer', 'zahl', 'zahle', 'zahlen', 'bezahl', 'bezahle', 'bezahlen', 'überweise', 'überweisen',
  'pagami', 'pagare', 'bayar', 'kirim', 'transfiere', 'transfiéreme', 'deposita', 'manda', 'mande', 'envia', 'envíame',
]);
const ACCEPT_VERB = new Set(['accept', 'accepts', 'take', 'takes', 'prefer', 'acepto', 'aceptas', 'aceito', 'aceita', 'accepte', 'akzeptiere', 'accetto', 'terima']);
const SUBJECT = new Set(['i', 'we', 'you', 'yo', 'eu', 'je', 'ich', 'io', 'saya', 'aku', 'only', 'also', 'do', 'can', 'would', 'will']);
const PREPOSITIONS = new Set([
  'via', 'through', 'thru', 'by', 'with', 'on', 'to', 'using', 'in', 'into', 'over', 'por', 'pelo', 'pela', 'con', 'com',
  'par', 'per', 'über', 'uber', 'mit', 'su', 'tramite', 'lewat', 'melalui', 'pakai', 'ke', 'en', 'no', 'na', 'via',
]);
const FILLERS = new Set([
  'my', 'mi', 'meu', 'minha', 'mon', 'ma', 'mein', 'meine', 'mio', 'saya', 'a', 'an', 'the', 'some', 'amazon', 'apple',
  'itunes', 'steam', 'google', 'play', 'el', 'la', 'le', 'o', 'il', 'your', 'tu', 'seu', 'sua', 'ton', 'dein', 'tuo',
]);
const LOOK_BACK = 60;

/** Builds the brand matchers once for a brand list (built-in plus integrator brands). */
export function createBrandRequestFinder(names: Iterable<string>, verbNames: readonly string[]): BrandRequestFinder {
  const brandNames = alternation(names, '\\s{0,2}');
  const BRAND = new RegExp(`(?<![\\p{L}\\d])(?:${brandNames})(?![\\p{L}\\d])`, 'giu');
  const LABEL_RUN = new RegExp(`^(?:\\s{0,2}${LABELS}(?![\\p{L}])){1,3}\\s{0,2}`, 'iu');
  const VERB_ME = new RegExp(`^(?:${alternation(verbNames, '\\s{0,2}')})\\s{1,3}me(?![\\p{L}\\d])`, 'iu');

  return {
    find(text) {
      const spans: BrandRequestSpan[] = [];
      for (const found of execAll(BRAND, text)) {
        if (spans.length >= MAX_PHRASE_HITS) break; // see MAX_PHRASE_HITS
        const brand = found[0].toLowerCase().replace(/\s+/g, ' ');
        const to = found.index + found[0].length;
        const after = text.slice(to, to + 80);
        if (SKILL_AFTER.test(after)) continue;
        const handle = readHandle(text, found.index, after, LABEL_RUN);
        if (handle) {
          // "send it to my paypal ana@mail.co": the whole instruction, from the pay verb.
          const from = findRequestStart(text, found.index) ?? found.index;
          spans.push({ from, to: to + handle.length, brand, handle: handle.value });
          continue;
        }
        // "zelle me", "venmo me": the brand used as a verb.
        if (VERB_ME.test(text.slice(found.index, found.index + 40))) {
          spans.push({ from: found.index, to: found.index + (VERB_ME.exec(text.slice(found.index, found.index + 40))?.[0].length ?? 0), brand });
          continue;
        }
        const start = findRequestStart(text, found.index);
        if (start !== undefined) spans.push({ from: start, to, brand });
      }
      return spans;
    },
  };
}

/** The handle written after a brand and its label ("paypal: ana@mail.co"), with the span length it adds. */
function readHandle(text: string, brandStart: number, after: string, labelRun: RegExp): { value: string; length: number } | undefined {
  // Without a label only an unmistakable handle counts: "venmo @ana-b", "paypal ana@mail.co".
  const label = labelRun.exec(after) ?? /^\s{1,2}(?=[@$]|[^\s@]{1,64}@)/u.exec(after);
  if (!label) return undefined;
  const rest = after.slice(label[0].length);
  const handle = HANDLE.exec(rest)?.[0].replace(/[\s.-]+$/, '');
  if (!handle) return undefined;
  if (PLAIN_WORD.test(handle)) {
    // A plain word is a handle only after "my <brand> is", "<brand>:" or "<brand> id".
    const explicit = /:|=|\b(?:id|handle|username|user|tag|cashtag|key|chave)\b/i.test(label[0]);
    const owned = /(?<![\p{L}])(?:my|mi|meu|minha|mon|ma|mein|meine|mio|saya)\s{1,2}$/iu.test(text.slice(Math.max(0, brandStart - 8), brandStart));
    if (!(explicit || owned) || NOT_A_HANDLE.has(handle.toLowerCase())) return undefined;
  }
  return { value: handle, length: label[0].length + handle.length };
}

/**
 * Where a request to pay through a brand starts: "pay me via PayPal" (a pay verb earlier in the
 * sentence, a preposition right before the brand) or "I accept Wise" / "do you take Zelle?".
 * Reads words backwards over a bounded window, without building arrays, so dense text stays cheap.
 */
function findRequestStart(text: string, brandStart: number): number | undefined {
  const limit = Math.max(0, brandStart - LOOK_BACK);
  let stage: 'fillers' | 'verb' = 'fillers';
  let end = brandStart;
  for (let index = brandStart - 1; index >= limit - 1; index -= 1) {
    const code = index >= limit ? text.charCodeAt(index) : 32;
    if (code === 46 || code === 33 || code === 63 || code === 10) return undefined; // sentence start
    if (index >= limit && isWordCode(code, text, index)) continue;
    if (index + 1 < end) {
      const word = text.slice(index + 1, end).toLowerCase();
      if (stage === 'fillers') {
        if (!FILLERS.has(word)) {
          if (ACCEPT_VERB.has(word)) {
            // "I accept PayPal": the subject must come right before the verb.
            const subjectEnd = index;
            let subjectStart = subjectEnd;
            while (subjectStart > limit && isWordCode(text.charCodeAt(subjectStart - 1), text, subjectStart - 1)) subjectStart -= 1;
            const subject = text.slice(subjectStart, subjectEnd).toLowerCase();
            return subjectStart < subjectEnd && SUBJECT.has(subject) ? subjectStart : undefined;
          }
          if (!PREPOSITIONS.has(word)) return undefined;
          stage = 'verb';
        }
      } else if (PAY_VERB.has(word)) {
        return index + 1;
      }
    }
    end = index;
  }
  return undefined;
}

function isWordCode(code: number, text: string, index: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39) return true;
  return code >= 128 && /[\p{L}\p{M}\d’]/u.test(text[index]!);
}
