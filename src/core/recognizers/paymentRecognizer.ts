import type { NormalizedText } from '../normalizedText.js';
import { isRuleTalk } from '../intent/isRuleTalk.js';
import { leadingWords } from '../text/leadingWords.js';
import { identifyCryptoAddress } from '../payment/cryptoAddress.js';
import { readIban } from '../payment/iban.js';
import { isCardNumber } from '../payment/luhn.js';
import { PAYMENT_BRANDS } from '../payment/paymentBrands.js';
import { alternation } from '../text/alternation.js';
import { matchFromView, type RecognizerFactory } from '../recognizer.js';
import type { ContactMatch } from '../types.js';

const IBAN = /(?<![\p{L}\d])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]){10,32}(?![\p{L}\d])/gu;
const CARD = /(?<![\p{L}\d.,])\d(?:[ -]?\d){12,18}(?![\d])/gu;
// A number its writer calls a card is reported even when its checksum fails: sharing card
// details is what we flag, and a typo doesn't make it acceptable.
const CARD_LABEL =
  /\b(?:card|credit|debit|visa|master ?card|amex|american express|diners|discover|jcb|maestro|cc|tarjeta|cart[ãa]o|carte|karte|carta|kartu)\b(?:\s{0,2}(?:number|no\.?|num|#|:|is|details?|2nd|3rd)){0,3}\s{0,3}$/i;
const CRYPTO =
  /(?<![\p{L}\d])(?:0x[0-9a-fA-F]{40}|(?:bc|tb)1[02-9ac-hj-np-z]{8,87}|(?:BC|TB)1[02-9AC-HJ-NP-Z]{8,87}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33})(?![\p{L}\d])/gu;
const CASHTAG = /(?<![\p{L}\d$])\$([A-Za-z][A-Za-z0-9_]{0,19})(?![\p{L}\d])/gu;
const CURRENCY_CODES = new Set(['usd', 'cad', 'aud', 'nzd', 'hkd', 'sgd', 'mxn', 'brl', 'eur', 'gbp', 'us', 'ca', 'au']);
const CASH_APP_NEAR = /cash ?app|cash\.app|\b(?:send|pay|paid|tip|to)\b/i;

/**
 * Finds off-platform payment: validated instruments (IBAN mod-97, card Luhn, crypto checksums),
 * payment links handles and requests to pay outside the platform, in the supported languages.
 */
export const createPaymentRecognizer: RecognizerFactory = (options) => {
  const brands = [...PAYMENT_BRANDS, ...options.paymentBrands.map((brand) => ({ id: brand.id, names: brand.names }))];
  const brandByName = new Map(brands.flatMap((brand) => brand.names.map((name) => [name.toLowerCase(), brand.id] as const)));
  const brandNames = alternation(brandByName.keys(), '\\s{0,2}');

  // "pay me via PayPal", "send the money through Wise", "págame por Zelle": a brand named after a
  // preposition, with a pay verb earlier in the same sentence. Checked word by word, not by regex.
  const BRAND = new RegExp(`(?<![\\p{L}\\d])(?:${brandNames})(?![\\p{L}\\d])`, 'giu');
  // "paypal: ana@mail.co", "venmo @ana-b", "zelle to 555 0101", "my wise account".
  const BRAND_HANDLE = new RegExp(
    `\\b(${brandNames})\\b\\s{0,2}(?:me|id|account|acct|handle|username|email|is|at|to|:|-|=|@|#){1,3}\\s{0,2}(@?[\\p{L}\\d][\\p{L}\\d._@+-]{1,60}[\\p{L}\\d])`,
    'giu',
  );
  // One regex per phrase, run only when one of its leading words occurs (see leadingWords).
  const OFF_PLATFORM_PAYMENT = [
      // English
      "\\bpay(?:ing)?\\s{1,3}(?:me|you|us)?\\s{0,3}(?:directly|direct|outside|off)\\b(?:\\s{1,3}(?:of\\s{1,3})?(?:the\\s{1,3})?(?:platform|site|app|website))?",
      '\\b(?:avoid|skip|save(?:\\s{1,3}on)?|dodge|bypass|no)\\s{1,3}(?:the\\s{1,3})?(?:platform|site|service|app|upwork|fiverr|commission)?\\s{0,3}(?:fees?|commission|cut)\\b',
      '\\bdiscount\\s{1,3}if\\s{1,3}you\\s{1,3}pay\\s{1,3}(?:me\\s{1,3})?(?:directly|outside|off)',
      '\\b(?:bank\\s{1,3}transfer|wire(?:\\s{1,3}transfer)?|deposit|send\\s{1,3}(?:it|the\\s{1,3}money|the\\s{1,3}payment|payment))\\s{1,3}(?:it\\s{1,3})?(?:to|into)\\s{1,3}my\\s{1,3}(?:bank\\s{1,3})?account',
      '\\b(?:gift\\s{0,2}cards?)\\s{1,3}(?:codes?|as\\s{1,3}payment)\\b',
      '\\b(?:buy|purchase|send)\\s{1,3}(?:me\\s{1,3})?(?:some\\s{1,3}|an?\\s{1,3})?(?:amazon\\s{1,3}|apple\\s{1,3}|itunes\\s{1,3}|steam\\s{1,3}|google\\s{1,3}play\\s{1,3})?gift\\s{0,2}cards?',
      // Spanish / Portuguese
      'p[aá]game\\s{1,3}(?:por\\s{1,3}fuera|directo|directamente|aparte)',
      'pag(?:ar|a|ue|uem)\\s{1,3}(?:por\\s{1,3}fora|fora\\s{1,3}da\\s{1,3}plataforma|direto|diretamente|por\\s{1,3}fuera|fuera\\s{1,3}de\\s{1,3}la\\s{1,3}plataforma)',
      '(?:evitar|economizar|ahorrar)\\s{1,3}(?:a\\s{1,3}|la\\s{1,3})?(?:taxa|comisi[oó]n|tarifa)',
      // French
      'pay(?:ez|e)[- ]moi\\s{1,3}(?:directement|en\\s{1,3}dehors)',
      '(?:en\\s{1,3}dehors\\s{1,3}de\\s{1,3}la\\s{1,3}plateforme)',
      // German
      '(?:zahl|bezahl)(?:en|e|st)?\\s{1,3}(?:mich\\s{1,3}|mir\\s{1,3})?(?:direkt|außerhalb|ausserhalb)',
      // Italian
      'pagami\\s{1,3}(?:fuori|direttamente)',
      'fuori\\s{1,3}dalla\\s{1,3}piattaforma',
      // Indonesian
      'bayar\\s{1,3}(?:langsung|di\\s{1,3}luar)',
      'transfer\\s{1,3}(?:langsung\\s{1,3})?ke\\s{1,3}rekening\\s{1,3}(?:saya|aku)',
  ].map((phrase) => ({ regex: new RegExp(phrase, 'giu'), triggers: leadingWords(phrase) }));

  const scanPatterns = (view: NormalizedText, matches: ContactMatch[]) => {
    const text = view.text;
    for (const found of text.matchAll(CRYPTO)) {
      const network = identifyCryptoAddress(found[0]);
      if (network) {
        matches.push(matchFromView(view, found.index, found.index + found[0].length, { kind: 'payment', platform: network, value: found[0], confidence: 0.97 }));
      }
    }
    for (const found of text.matchAll(IBAN)) {
      const compact = found[0].replace(/[ -]/g, '').toUpperCase();
      const iban = readIban(compact);
      if (!iban) continue;
      // Map the IBAN's length back onto the typed text, spaces included.
      let end = found.index;
      for (let seen = 0; seen < iban.length; end += 1) if (text[end] !== ' ' && text[end] !== '-') seen += 1;
      matches.push(matchFromView(view, found.index, end, { kind: 'payment', platform: 'iban', value: iban, confidence: 0.97 }));
    }
    for (const found of text.matchAll(CARD)) {
      const digits = found[0].replace(/\D/g, '');
      const before = text.slice(Math.max(0, found.index - 40), found.index);
      // The tail of an IBAN whose checksum failed is not a card.
      if (/[A-Za-z]{2}\d{2}[ -]$/.test(before)) continue;
      const labelled = CARD_LABEL.test(before);
      if (digits.length < 13 || digits.length > 19) continue;
      if (!isCardNumber(digits) && !labelled) continue;
      matches.push(matchFromView(view, found.index, found.index + found[0].length, { kind: 'payment', platform: 'card', value: digits, confidence: isCardNumber(digits) ? 0.95 : 0.7 }));
    }
    for (const found of text.matchAll(CASHTAG)) {
      const tag = found[1]!;
      const around = text.slice(Math.max(0, found.index - 40), found.index + found[0].length + 40);
      if (CURRENCY_CODES.has(tag.toLowerCase()) || !CASH_APP_NEAR.test(around)) continue;
      matches.push(matchFromView(view, found.index, found.index + found[0].length, { kind: 'payment', platform: 'cashapp', value: `$${tag}`, confidence: 0.8 }));
    }
  };

  const scanRequests = (view: NormalizedText, matches: ContactMatch[]) => {
    const text = view.text;
    const push = (from: number, to: number, platform: string | undefined, value: string | undefined, confidence: number) => {
      if (isRuleTalk(text, from, to)) return;
      matches.push(matchFromView(view, from, to, { kind: 'payment', confidence, ...(platform ? { platform } : {}), ...(value ? { value } : {}) }));
    };
    for (const found of text.matchAll(BRAND_HANDLE)) {
      const brand = brandByName.get(found[1]!.toLowerCase().replace(/\s+/g, ' '));
      push(found.index, found.index + found[0].length, brand, found[2], 0.85);
    }
    for (const found of text.matchAll(BRAND)) {
      const requestStart = findPayRequestStart(text, found.index);
      if (requestStart === undefined) continue;
      const brand = brandByName.get(found[0].toLowerCase().replace(/\s+/g, ' '));
      push(requestStart, found.index + found[0].length, brand, undefined, 0.75);
    }
    const lower = text.toLowerCase();
    for (const { regex, triggers } of OFF_PLATFORM_PAYMENT) {
      if (triggers && !triggers.some((trigger) => lower.includes(trigger))) continue;
      for (const found of text.matchAll(regex)) push(found.index, found.index + found[0].length, undefined, undefined, 0.7);
    }
  };

  return {
    kinds: ['payment'],
    scan(context) {
      const matches: ContactMatch[] = [];
      scanPatterns(context.folded, matches);
      scanRequests(context.folded, matches);
      return matches;
    },
  };
};

const PAY_VERBS = /^(?:pay|paid|paying|send|sending|sent|transfer|wire|deposit|tip|p[aá]game|paga|pague|pagar|paie|payez|paye|payer|zahl|bezahl|zahlen|bezahlen|[uü]berweis|pagami|bayar|kirim)/i;
const PREPOSITIONS = new Set([
  'via', 'through', 'thru', 'by', 'with', 'on', 'to', 'using', 'in', 'into', 'por', 'pelo', 'pela', 'con', 'com', 'par',
  'per', 'über', 'uber', 'mit', 'su', 'lewat', 'melalui', 'pakai', 'ke', 'en', 'no', 'na',
]);
const FILLERS = new Set([
  'my', 'mi', 'meu', 'minha', 'mon', 'ma', 'mein', 'meine', 'mio', 'saya', 'a', 'an', 'the', 'some', 'amazon', 'apple',
  'itunes', 'steam', 'google', 'play',
]);

/** Where "pay … via" starts before a brand at `brandStart`, or undefined when it is not a payment request. */
function findPayRequestStart(text: string, brandStart: number): number | undefined {
  const windowStart = Math.max(0, brandStart - 60);
  const before = text.slice(windowStart, brandStart);
  const sentenceBreak = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'));
  const words = [...before.slice(sentenceBreak + 1).matchAll(/[\p{L}\d']+/gu)];
  let index = words.length - 1;
  while (index >= 0 && FILLERS.has(words[index]![0].toLowerCase())) index -= 1;
  if (index < 0 || !PREPOSITIONS.has(words[index]![0].toLowerCase())) return undefined;
  for (let verb = index - 1; verb >= 0; verb -= 1) {
    if (PAY_VERBS.test(words[verb]![0])) return windowStart + sentenceBreak + 1 + words[verb]!.index;
  }
  return undefined;
}
