import { quotedSpans } from '../intent/quotedSpans.js';
import { supportedByLanguage } from './languageSupport.js';
import { resolveOverlaps } from '../resolveOverlaps.js';
import type { ContactKind, ContactMatch } from '../types.js';
import { accountAsked } from './accountAsked.js';
import { findIbans } from './iban.js';
import { conditionalNegations } from './conditionalNegation.js';
import { isBareWayOut } from './bareWayOut.js';
import { directShare } from './directShare.js';
import { feeAvoidanceDeal } from './feeAvoidanceDeal.js';
import { negationReach } from './negationReach.js';
import { othersPayElsewhere } from './othersPayElsewhere.js';
import { railAccount } from './railAccount.js';
import { railAmount } from './railAmount.js';
import { refusedPlatform } from './refusedPlatform.js';
import { releasedStageReach } from './releasedStage.js';
import { ruledHits } from './ruleClauses.js';
import { storeAfterCard } from './storeAfterCard.js';
import { CUE, DEAL, IN_PERSON, JOB, NEUTRAL, PAY_CODE, PHOTO, PORTION, TO_ME, COMMIT, CONDITION, WARN_QUOTED } from './paymentCues.js';
import { mayShareLanguage, withinReach, type WordHit, type WordTrie } from './wordTrie.js';

/**
 * The payment reading of a message, sentence by sentence, from the cue words of every language:
 * - a detail the message uses to receive money ("send the deposit to ana@mail.co", "GCash 0917…")
 *   becomes a `payment` with the detail's kind in `detailKind`, so it blocks in every state;
 * - an account number, UPI ID or IFSC written after a rail or an account word is a payment ID;
 * - requests without an instrument: a rail, crypto, a gift card, cash or payment details named
 *   as the way to pay; "outside" next to paying; a fee next to avoiding it.
 * A clause with a negation is a refusal ("please don't Venmo me"); a sentence about one's own
 * customers, a payment product as work, or the platform's own payment features is left alone; so
 * is a message that warns about a scam. Cost: one trie pass and a few linear sweeps.
 */

const DETAIL_KINDS: ReadonlySet<ContactKind> = new Set(['email', 'phone', 'social', 'url']);

const STRONG = CUE.rail | CUE.crypto | CUE.gift | CUE.details | CUE.cash;
const WEAK = CUE.railWeak | CUE.coin | CUE.voucher;
const RAIL_SUPPORT =
  CUE.pay | CUE.accept | CUE.details | CUE.outside | CUE.cash | CUE.rest | CUE.fee | CUE.crypto | CUE.gift | CUE.friends | CUE.voucher | CUE.coin | CUE.avoid | CUE.ask;
// Particles ("pe", "may") and "I'll take" do not make a gift card one was given a payment.
const GIFT_SUPPORT = RAIL_SUPPORT & ~(CUE.gift | CUE.voucher | CUE.ask | CUE.accept);
const WEAK_SUPPORT = CUE.pay | CUE.rest | CUE.accept | CUE.details | CUE.crypto | CUE.cash | CUE.outside;
const OUTSIDE_PARTNER = CUE.pay | CUE.rest | CUE.fee | CUE.cash | CUE.rail | CUE.railWeak | CUE.details | CUE.crypto | CUE.gift;
// Cues of the platform's share: a request made of them takes an invitation to move along.
const FEE_WORDS = CUE.fee | CUE.take | CUE.both;
// Cues that tie a nearby detail to receiving money.
const ADDRESS_CUES = CUE.rail | CUE.railWeak | CUE.pay | CUE.details | CUE.friends | CUE.crypto;
// Cues a negation does not cancel: "no fee", "sin comisión" are the request itself.
const NOT_NEGATED = CUE.fee | CUE.avoid | CUE.negation;

// Cues that can start a request on their own or with a partner.
const TRIGGERS = STRONG | WEAK | CUE.outside | CUE.fee | CUE.friends | CUE.holder | CUE.where;
// Verb-final languages (hi, ur, bn, tr, ja, de subordinate clauses) put the negation after the object.
const NEGATION_BEFORE = 24;
const FEE_NEGATION = 12;
// Negation words this short are often words of other languages ("ne", "mai", "nao").
const SHORT_NEGATION = 3;
// Every cue that belongs to a payment request, once the sentence is one.
const REQUEST_WORDS = STRONG | WEAK | CUE.pay | CUE.accept | CUE.outside | CUE.fee | CUE.avoid | CUE.rest | CUE.friends;
const NAMED_CUES = CUE.rail | CUE.railWeak | CUE.details | CUE.friends;
const PAY_BEFORE = 25;
const PAY_AFTER = 2;
// Words that only label an instrument next to them.
// ("per Überweisung", "by transfer" before an IBAN only say how it is paid.)
const LABEL_WORDS = CUE.rail | CUE.railWeak | CUE.details | CUE.pay | CUE.accept | CUE.coin | CUE.crypto | CUE.outside;
const ADDRESS_BEFORE = 60;
// How far an account word may sit from an ask for contact details ("what's your account number").
const ACCOUNT_REACH = 20;
const WALLET_BEFORE_ASK = 12;
// How far a contact verb ("call me", "text me at") may sit before the detail it asks for.
const CONTACT_REACH = 12;
// A negation right before a question mark is a question tag: "ada OVO gak?", "có ZaloPay không?".
const QUESTION_TAG = /^[\s\p{P}]{0,2}[?？؟]/u;
// Turkish negates inside the verb ("almıyorum", "göndermiyoruz", "yapmayın"): no word list can hold them all.
const NEGATED_VERB = /(?<![\p{L}\p{M}])\p{L}{2,20}(?:m[ıiuü]yor\p{L}{0,8}|m[ae]y[ıi]n(?:[ıi]z)?(?![\p{L}\p{M}]))/gu;
const MAYBE_NEGATED_VERB = /m[ıiuü]yor|m[ae]y[ıi]n/;
const QUESTION = /[?？؟]/;
const WHERE_REACH = 25;
// "15%", and "%15" as Turkish writes it.
const PERCENT = /(?<![\p{Nd}.,])\p{Nd}{1,2}(?:[.,]\p{Nd})? ?[%％٪]|[%％٪] ?\p{Nd}{1,2}(?![\p{Nd}])/gu;
const VENUE_FEE = 'venue-percent';
// "The app takes too much", "why give them 15%": a take verb next to the platform or a percentage.
const VENUE_TAKE = 'venue-take';
// "10% de descuento", "скидка 10%": a percentage this close to a discount word is a price.
const DISCOUNT_GAP = 6;
// A take verb names the platform's share with these, and is then a request.
const TAKE_PARTNER = CUE.avoid | CUE.outside | CUE.both;
// "Without the app", "ऐप के बिना": an avoiding word this close to the platform's name leaves it.
const VENUE_GAP = 5;
const HAS_PERCENT = /\p{Nd} ?[%％٪]|[%％٪] ?\p{Nd}/u;
const ADDRESS_AFTER = 12;
const LINK_BEFORE = 4;
const ID_AFTER = 30;
const HANDLE_AFTER = 25;
// A wallet handle: ASCII letters, digits, dots, underscores, hyphens (checked for a letter and a digit or mark).
// An "@" before it makes any name a handle ("Revolut an @maxhandwerk", "venmo @dani-fix").
const RAIL_HANDLE = /(?<![\p{L}\d._@-])@?[a-z\d][a-z\d._-]{3,31}(?![\p{L}\d@]|[ .-]\d)/giu;
// A Pix random key (EVP): a UUID written after the rail ("chave aleatória 7f3a9c2e-…").
const RANDOM_KEY = /(?<![\dA-Za-z-])[\dA-Fa-f]{8}-[\dA-Fa-f]{4}-[\dA-Fa-f]{4}-[\dA-Fa-f]{4}-[\dA-Fa-f]{12}(?![\dA-Za-z-])/g;

// A run of at least 7 digits (Japanese accounts have 7) in any script, with single spaces, dots or hyphens between them.
const DIGIT_RUN = /(?<![\p{Nd}\p{L}])\p{Nd}(?:\p{Nd}|[ .-](?=\p{Nd})){6,34}(?![\p{Nd}])/gu;
const IFSC = /(?<![A-Za-z\d])[A-Z]{4}0[A-Z\d]{6}(?![A-Za-z\d])/g;
// UPI and InstaPay IDs: name@psp, a payment address that is not an email (no top-level domain).
const PAYMENT_ADDRESS =
  /(?<![\p{L}\d._-])[\p{L}\d][\p{L}\d._-]{1,40}@(?:upi|paytm|ybl|ibl|axl|apl|okaxis|oksbi|okhdfcbank|okicici|ptyes|ptsbi|pthdfc|ptaxis|icici|sbi|hdfcbank|axisbank|kotak|fam|freecharge|jupiteraxis|waaxis|wahdfcbank|wasbi|instapay)(?![\p{L}\d.@-])/giu;

// A whole de-spaced run (see spacedRuns) that is a UPI ID, after an optional "upi:" label.
const PAYMENT_ADDRESS_WHOLE = new RegExp(`^(?:upi:?)?(${PAYMENT_ADDRESS.source.replace('(?<![\\p{L}\\d._-])', '').replace('(?![\\p{L}\\d.@-])', '')})$`, 'iu');
// Fewest characters of a letter-spaced run worth reading: "a@ybl" spaced out.
const SPACED_MIN = 7;

// Wallet addresses whose checksum fails (a typo, or made up): still an address next to a coin name.
const LOOSE_CRYPTO = /(?<![A-Za-z\d])(?:0x[\dA-Fa-f]{40}|bc1[a-z\d]{25,62}|T[1-9A-HJ-NP-Za-km-z]{33})(?![A-Za-z\d])/g;

// What makes an IBAN-shaped code whose checksum fails a payment: paying, an account or a bank, a rail.
const LOOSE_IBAN_CUES = CUE.pay | CUE.details | CUE.account | CUE.rail | CUE.railWeak | CUE.bank;
// A country code and check digits: the cheap test before looking for such an IBAN.
const IBAN_PREFIX = /[A-Z]{2}\d{2}/;

const QUOTE_MARK = /["“„«「『‘']/;
// Cues that keep their meaning when quoted: "send it as 'friends and family'", "my “paypal”".
const QUOTED_STILL = CUE.rail | CUE.railWeak | CUE.crypto | CUE.friends | CUE.details;

interface Sentence {
  from: number;
  to: number;
  text: string;
  hits: LiveHit[];
  /** Union of the cues of the sentence that no negation cancels. */
  cues: number;
  /** About one's own business: left alone. */
  quiet: boolean;
  /** Its clauses that pay through the platform's own features. */
  calm: { from: number; to: number }[];
  /** A payment product is the topic of work: rails named in it are not a way to pay. */
  topic: boolean;
}

/** Reads `matches` (resolved, in original offsets) again for payment, in the text as typed. */
export function readPayments(text: string, matches: readonly ContactMatch[], cues: WordTrie): ContactMatch[] {
  // Words inside quotes repeat someone else (a warning's wording: "payment outside the platform"):
  // only words that name an instrument or ask to send as a gift still count there.
  const quotes = QUOTE_MARK.test(text) ? quotedSpans(text) : [];
  const quoted = (from: number, to: number) => {
    // Quotes are sorted and apart: the last one opened before `from` is the only candidate.
    let low = 0;
    let high = quotes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (quotes[middle]!.from < from) low = middle + 1;
      else high = middle;
    }
    const quote = quotes[low - 1];
    return quote !== undefined && to < quote.to;
  };
  const hits = supportedByLanguage(text, cues.find(text).filter((hit) => hit.label !== NEUTRAL && !(quoted(hit.from, hit.to) && !(hit.tags & QUOTED_STILL))));
  // Most messages have nothing to read: no request cue, no detail next to a paying word, no
  // request of the payment recognizer to check, no "@" that could be a UPI ID.
  const tags = hits.reduce((all, hit) => all | hit.tags, 0);
  const readable =
    (tags & TRIGGERS) !== 0 ||
    ((tags & ADDRESS_CUES) !== 0 && matches.some((match) => DETAIL_KINDS.has(match.kind))) ||
    matches.some((match) => match.kind === 'payment' && match.value === undefined) ||
    ((tags & (CUE.account | CUE.details)) !== 0 && matches.some((match) => match.kind === 'intent')) ||
    ((tags & (CUE.number | CUE.pay | CUE.store)) !== 0 && (tags & (CUE.account | CUE.voucher)) !== 0) ||
    ((tags & (CUE.venue | CUE.take)) !== 0 && /[%％٪]/.test(text)) ||
    ((tags & (CUE.take | CUE.avoid)) !== 0 && (tags & CUE.venue) !== 0) ||
    // Paying through the platform waved off, beside other money (see refusedPlatform.ts).
    ((tags & (CUE.venue | CUE.platform)) !== 0 && (tags & CUE.negation) !== 0 && (tags & (CUE.pay | CUE.cash | CUE.rest | CUE.fee)) !== 0) ||
    text.includes('@') ||
    ((tags & LOOSE_IBAN_CUES) !== 0 && IBAN_PREFIX.test(text) && findIbans(text, 'unchecked').some((iban) => !matches.some((match) => match.start <= iban.from && iban.to <= match.end))) ||
    ((tags & (CUE.pay | CUE.rest)) !== 0 && hits.some((hit) => hit.label === IN_PERSON || hit.label === PAY_CODE)) ||
    (hits.some((hit) => hit.label === TO_ME || hit.label === PORTION) && ((tags & CUE.outside) !== 0 || ((tags & CUE.rest) !== 0 && !matches.some((match) => match.kind === 'payment')) || ((tags & CUE.accept) !== 0 || hits.some((hit) => hit.label === COMMIT || hit.label === DEAL)) && hits.some((hit) => hit.label === CONDITION))) ||
    ((tags & CUE.account) !== 0 && hits.some((hit) => hit.label === PHOTO));
  if (!readable) return [...matches];
  // "Someone wrote me 'send 30% by Pix' and vanished": a vanishing word warns about a quoted request.
  const warned = hits.some((hit) => hit.tags & CUE.warning || (quotes.length > 0 && hit.label === WARN_QUOTED));
  const sentences = readSentences(text, hits);
  const sentenceAt = (offset: number) => sentences[indexAt(sentences, offset)];
  const anyPaying = hits.some((hit) => hit.tags & (CUE.pay | CUE.rail | CUE.railWeak));
  // A paying word anywhere in the message: "may Maya ka ba? tip ko sayo".
  const paysSomewhere = hits.some((hit) => hit.tags & (CUE.pay | CUE.accept));

  const out: ContactMatch[] = [];
  const intents = matches.filter((match) => match.kind === 'intent');
  // Only findings that reach into a sentence can own its cue words (see addressCue).
  const inSentence = new Map<Sentence, ContactMatch[]>();
  const matchesIn = (sentence: Sentence) => {
    let found = inSentence.get(sentence);
    if (!found) inSentence.set(sentence, (found = matches.filter((match) => match.start < sentence.to && sentence.from < match.end)));
    return found;
  };
  for (const match of matches) {
    const sentence = sentenceAt(match.start);
    // The payment recognizer's own requests obey the same reading: not in a warning, not about
    // one's own shop or the platform's payment ("my clients pay through PayPal").
    const calm = sentence?.calm.some((clause) => clause.from <= match.start && match.start < clause.to);
    if (match.kind === 'payment' && match.value === undefined && (warned || quoted(match.start, match.start) || sentence?.quiet || sentence?.topic || calm || refused(sentence, match))) continue;
    // An ask for contact details that names an account is an ask for payment details.
    const previous = sentences[indexAt(sentences, match.start) - 1];
    // "Hai Satispay? Dimmi il numero": an ask right after a question about a wallet asks for its number.
    const railAsked = previous !== undefined && !previous.quiet && QUESTION.test(previous.text) && previous.hits.some((hit) => hit.live && hit.tags & CUE.rail);
    if (match.kind === 'intent' && !warned && sentence && !sentence.quiet && !calm && (namesAccount(sentence, match) || railAsked)) {
      out.push({ ...match, kind: 'payment' });
      continue;
    }
    // A detail right after a contact verb ("call me 0917…") is a contact: only a cue after the
    // verb, in its own sentence, reads it as a payment address.
    const asked = intents.find((other) => other.end <= match.start && match.start - other.end <= CONTACT_REACH && sentence && other.start >= sentence.from);
    const cue =
      !warned && sentence && !sentence.quiet && DETAIL_KINDS.has(match.kind)
        ? asked
          ? addressCue(sentence, match, matchesIn(sentence), false, asked.end)
          : (addressCue(sentence, match, matchesIn(sentence)) ?? (previous && !previous.quiet ? addressCue(previous, match, matchesIn(previous), true) : undefined))
        : undefined;
    if (!cue) {
      out.push(match);
      continue;
    }
    const converted: ContactMatch = { ...match, kind: 'payment', detailKind: match.kind };
    if (cue.label && cue.tags & (CUE.rail | CUE.railWeak)) converted.platform = cue.label;
    out.push(converted);
  }
  if (!warned) out.push(...findPaymentIds(text, sentences, dropUrlsInUpiIds(text, out)));

  const requests: ContactMatch[] = [];
  if (!warned) {
    // Which sentences a payment or a detail starts in: one pass over the findings, not one per
    // sentence (a run-on paste of details is thousands of each).
    const paymentsIn = new Map<Sentence, ContactMatch[]>();
    const detailIn = new Set<Sentence>();
    for (const match of out) {
      const sentence = sentenceAt(match.start);
      if (!sentence || match.start < sentence.from || match.start >= sentence.to) continue;
      if (match.kind === 'payment') {
        const list = paymentsIn.get(sentence);
        if (list) list.push(match);
        else paymentsIn.set(sentence, [match]);
      }
      if (match.kind !== 'intent') detailIn.add(sentence);
    }
    const readings = sentences.map((sentence, index) => ({ sentence, paid: paymentsIn.has(sentence), detail: detailIn.has(sentence), railAsked: asksRail(sentences[index - 1]) }));
    // Fee talk ("no fees", "save the fee") is fee avoidance only in a message that also pays or
    // leaves the platform: "how can I save fees?" is a question, not a request.
    // An invitation to move off the platform ("chat me directly") leaves it too.
    const leaving =
      intents.length > 0 ||
      readings.some(({ sentence, paid, detail, railAsked }) => paid || (!sentence.quiet && (sentence.cues & CUE.outside || involvedHits(sentence, { anyPaying, paysSomewhere, paid, detail, fee: false, railAsked }).length > 0)));
    for (const { sentence, paid, detail, railAsked } of readings) {
      if (sentence.quiet) continue;
      const involved = involvedHits(sentence, { anyPaying, paysSomewhere, paid, detail, fee: leaving, railAsked });
      if (involved.length === 0) continue;
      let from = Math.min(...involved.map((hit) => hit.from));
      let to = Math.max(...involved.map((hit) => hit.to));
      // "Chat me directly, the app takes too much": the move is for the fee, one payment request.
      if (!paid && involved.some((hit) => hit.tags & FEE_WORDS || hit.label === DEAL)) {
        for (let index = out.length - 1; index >= 0; index -= 1) {
          const move = out[index]!;
          if (move.kind !== 'intent' || move.start < sentence.from || move.start >= sentence.to) continue;
          from = Math.min(from, move.start);
          to = Math.max(to, move.end);
          out.splice(index, 1);
        }
      }
      const rail = involved.find((hit) => hit.label && hit.tags & (CUE.rail | CUE.railWeak));
      // A request next to a detail used as a payment address joins it: "paypal: ana@mail.co" is
      // one payment. A validated instrument keeps its own span ("my iban: DE89…" masks the IBAN).
      if (paid && widenPayment(text, out, paymentsIn.get(sentence)!, involved)) continue;
      const span = freeSpan(from, to, out);
      // "my iban:", "send btc to" before an instrument only label it; "como amigos" after it asks more.
      if (!span) continue;
      const labelOnly = involved.every((hit) => hit.to <= span.from || hit.from >= span.to || !(hit.tags & ~LABEL_WORDS));
      if (paid && labelOnly && nextToPayment(text, span, out)) continue;
      requests.push({
        kind: 'payment',
        start: span.from,
        end: span.to,
        text: text.slice(span.from, span.to),
        obfuscated: false,
        confidence: 0.7,
        ...(rail?.label ? { platform: rail.label } : {}),
      });
    }
  }
  return requests.length > 0 || out.length !== matches.length ? resolveOverlaps([...out, ...requests]) : out;
}

interface ReadingContext {
  /** The message names a rail or a paying word somewhere ("Freunde bitte" after "paypal an …"). */
  anyPaying: boolean;
  /** The message has a paying or accepting word somewhere. */
  paysSomewhere: boolean;
  /** The sentence already holds a payment finding. */
  paid: boolean;
  /** The sentence holds a detail (an email, a number…). */
  detail: boolean;
  /** Fee talk counts: the message pays or leaves the platform elsewhere. */
  fee: boolean;
  /** The sentence before asks about a wallet ("Hai Satispay?"): a "which number?" after it asks for its number. */
  railAsked: boolean;
}

// A weak cue is supported only by a cue word of its own language: a code word is everywhere ("kod",
// "kode", "code"), and "ok, kod pocztowy" (en "ok") or "kode pagar" (es "pagar", id fence) pay
// nothing. A word of every language (no `langs`) supports, and is supported by, any.
/** True when a weak cue (a code, a coin, a weak rail) has a supporting cue word of its own language. */
function supportsWeak(live: readonly LiveHit[], support: number): boolean {
  return live.some((weak) => weak.tags & WEAK && live.some((other) => other !== weak && other.tags & support && mayShareLanguage(weak, other)));
}

/** The cue words that make this sentence a payment request, or none. */
function involvedHits(sentence: Sentence, context: ReadingContext): LiveHit[] {
  // A payment product as the work ("I build Stripe checkouts") names rails without paying.
  const live = sentence.hits.filter((hit) => hit.live && !(sentence.topic && hit.tags & (CUE.rail | CUE.railWeak | CUE.coin | CUE.crypto)));
  const cues = live.reduce((all, hit) => all | hit.tags, 0);
  const has = (bits: number) => (cues & bits) !== 0;
  // A sentence that already holds a payment takes its request words along, when it has some.
  if (context.paid) return has(STRONG | WEAK | CUE.outside | CUE.friends | CUE.rest) ? live.filter((hit) => hit.tags & REQUEST_WORDS) : [];
  // A bare "outside" with no money or price cut by it is a place ("drop it off outside at 5",
  // "outside the garage, gate code 4471"): it supports no code (see bareWayOut.ts).
  const wayOut = live.some((hit) => hit.tags & CUE.outside && !isBareWayOut(hit, sentence));
  let wanted: number = STRONG & ~(CUE.rail | CUE.gift);
  // A rail is a way to pay next to another cue, a detail or a question ("Hast du Wero?"), not
  // in "venmo is great" or "my paypal is blocked".
  const question = QUESTION.test(sentence.text);
  // A gift card one was given ("got a gift card for my birthday") is not a way to pay, unless
  // the sentence also pays or asks.
  if (has(CUE.gift) && (!has(CUE.gifted) || question || has(GIFT_SUPPORT))) wanted |= CUE.gift;
  if (has(CUE.rail) && (has(RAIL_SUPPORT) || context.detail || question || railChoice(sentence, live))) wanted |= CUE.rail;
  // "Send it as friends and family, no charge": the fee named is the reason to send it that way.
  if (context.anyPaying || has(CUE.ask | CUE.fee)) wanted |= CUE.friends;
  const weakAsked = question && context.paysSomewhere && has(CUE.railWeak);
  // "The rest" partners a coin or a wallet ("the rest in BTC"), a code only right by it ("recarga de saldo"):
  // not "el código … cuando termina", "कोड main_bot.py में है, बाकी config.json में".
  const weakSupport = WEAK_SUPPORT & ~CUE.outside & (has(CUE.coin | CUE.railWeak) || restByVoucher(live) ? ~0 : ~CUE.rest);
  if (has(WEAK) && (supportsWeak(live, weakSupport) || wayOut || weakAsked || live.filter((hit) => hit.tags & (CUE.coin | CUE.railWeak)).length >= 2)) {
    wanted |= WEAK | (CUE.pay | CUE.accept);
  }
  if (has(CUE.outside) && has(OUTSIDE_PARTNER)) wanted |= CUE.outside | OUTSIDE_PARTNER;
  // In a message that leaves the platform, paying for what comes next is part of it: "…? las próximas clases me las pagas a mí".
  if (context.fee && has(CUE.pay) && has(CUE.rest)) wanted |= CUE.pay | CUE.rest;
  // "Where do I send the money?" asks for payment details: a where-word next to a paying word, in a question.
  if (question && live.some((where) => where.tags & CUE.where && live.some((pay) => pay.tags & CUE.pay && !(pay.tags & CUE.fee) && Math.abs(pay.from - where.from) <= WHERE_REACH))) {
    wanted |= CUE.where | CUE.pay;
  }
  // "Whose name is the account in?" asks for payment details.
  if (has(CUE.holder) && has(CUE.account | CUE.details)) wanted |= CUE.holder | CUE.account;
  // A paying word that is not the fee itself ("fees" is also a paying word in Hinglish).
  const paysHere = live.some((hit) => hit.tags & CUE.pay && !(hit.tags & CUE.fee));
  wanted |= namedDetails(sentence, live, context.railAsked, paysHere);
  const handed = handedOver(sentence, live);
  if (handed.length > 0) wanted |= CUE.pay | CUE.rest;
  // Saving the fee while paying in the same sentence is the request itself ("transfer to me and save the fee").
  // The platform's percentage named and avoided ("why give the app 15%?") is a request on its own.
  const venueFee = live.some((hit) => hit.label === VENUE_FEE);
  // A negation partners the fee only right by it ("sin comisión", "no fees"), not in "not yours, don't worry".
  const feePartner = has(CUE.avoid | CUE.outside) || live.some((no) => no.tags & CUE.negation && live.some((fee) => fee.tags & CUE.fee && fee !== no && fee.from - no.to <= FEE_NEGATION && no.from - fee.to <= FEE_NEGATION));
  if ((context.fee || paysHere || venueFee) && has(CUE.fee) && feePartner) wanted |= CUE.fee | CUE.avoid | CUE.outside;
  // "The app takes too much, let's sort it between us", "зачем им отдавать 15%?".
  // A Latin two-letter avoiding word is too ambiguous to partner it: Portuguese "no checkout" is "at checkout".
  const partners = (bits: number) =>
    live.some((hit) => hit.tags & bits && !(hit.to - hit.from < 3 && /^[a-z]+$/i.test(sentence.text.slice(hit.from - sentence.from, hit.to - sentence.from))));
  if (live.some((hit) => hit.label === VENUE_TAKE) && partners(TAKE_PARTNER)) wanted |= CUE.take | CUE.fee | TAKE_PARTNER;
  // Paying, so that the platform does not take its share: "je te paie en arrivant, comme ça la plateforme ne prend pas sa commission".
  // The negation cancels the take word itself, so it is read from all the sentence's words.
  const takeRefused = (take: LiveHit) => take.label === VENUE_TAKE && sentence.hits.some((no) => no.tags & CUE.negation && withinReach(no, take, FEE_NEGATION));
  if (paysHere && has(CUE.fee) && sentence.hits.some(takeRefused)) wanted |= CUE.fee | CUE.take | CUE.pay;
  // A lower price for leaving ("te lo dejo en 90 si no pasamos por la app"), or a saving counted in
  // percent ("tanpa aplikasi lebih hemat 20%").
  if (has(CUE.outside) && ((wayOut && has(CUE.discount)) || (has(CUE.avoid) && HAS_PERCENT.test(sentence.text)))) wanted |= CUE.outside | CUE.discount | CUE.avoid;
  // A saving for both sides next to the fee or the way out: "we both save the fee", "cheaper for us both without a middleman".
  if (has(CUE.both) && has(CUE.avoid) && (context.fee || has(CUE.fee | CUE.outside))) wanted |= CUE.both | CUE.avoid | CUE.fee | CUE.outside;
  // A way out of the platform next to doing the deal or a price cut: "let's settle it off the books".
  // Cues in a clause that pays through the platform's own features say nothing (see readSentences).
  const uncalm = sentence.calm.length === 0 ? sentence.hits : sentence.hits.filter((hit) => !sentence.calm.some((clause) => clause.from <= hit.from && hit.from < clause.to));
  // The rest of the request comes along: "the rest in cash", "…, I'll knock off 10%".
  const along = wanted | CUE.rest | CUE.pay | CUE.avoid | (context.fee ? CUE.fee : 0);
  const dealt = feeAvoidanceDeal(sentence.text, sentence.from, live, uncalm);
  if (dealt.length > 0) return [...new Set([...live.filter((hit) => hit.tags & (along | CUE.outside)), ...dealt])];
  const involved = live.filter((hit) => hit.tags & wanted);
  if (involved.length === 0) {
    // A share of the price sent straight to the speaker ("I'll accept once you send half directly
    // to me"), or an account asked for ("kis account me bheju?", "foto de la tarjeta").
    const framed = directShare(live);
    const asked = framed.length > 0 ? framed : accountAsked(sentence.text, live);
    const carded = asked.length > 0 ? asked : storeAfterCard(sentence.text, sentence.from, live);
    const summed = carded.length > 0 ? carded : railAmount(sentence.text, sentence.from, live);
    const carried = summed.length > 0 ? summed : railAccount(sentence.text, sentence.from, live);
    return carried.length > 0 ? [...new Set([...live.filter((hit) => hit.tags & along), ...carried])] : [];
  }
  return live.filter((hit) => hit.tags & along || handed.includes(hit));
}

// Between a voucher word and "the rest" that names what it tops up: "recarga de saldo", "top up balance".
const VOUCHER_REST_GAP = 4;

/** A rest word right by a voucher word: the balance it tops up, not the rest of a list. */
function restByVoucher(live: readonly LiveHit[]): boolean {
  return live.some((rest) => rest.tags & CUE.rest && live.some((voucher) => voucher.tags & CUE.voucher && Math.max(rest.from, voucher.from) - Math.min(rest.to, voucher.to) <= VOUCHER_REST_GAP));
}

// How far a meeting word may sit from a paying word ("pay the delivery fee in person"), and from
// the rest alone ("the rest when we meet"; not "the rest of the team will meet you in person").
const IN_PERSON_REACH = 25;
const IN_PERSON_REST_REACH = 12;

/**
 * Money handed over in person: a meeting word ("in person", "when we meet", "en mano", "见面")
 * by a paying word or the rest ("pay the delivery fee in person", "剩下的钱见面给你"). A sentence
 * that names the platform ("pay in the app when we meet") is left alone. Returns the meeting words.
 */
function handedOver(sentence: Sentence, live: readonly LiveHit[]): LiveHit[] {
  const meetings = live.filter((hit) => hit.label === IN_PERSON);
  if (meetings.length === 0 || sentence.hits.some((hit) => hit.tags & (CUE.venue | CUE.platform))) return [];
  const money = live.filter((hit) => hit.tags & (CUE.pay | CUE.rest) && !(hit.tags & CUE.fee));
  const reach = (hit: LiveHit) => (hit.tags & CUE.pay ? IN_PERSON_REACH : IN_PERSON_REST_REACH);
  return meetings.filter((meeting) => money.some((hit) => Math.max(hit.from, meeting.from) - Math.min(hit.to, meeting.to) <= reach(hit)));
}

// How far a "which" word may sit from the account, bank or number it asks about ("jaki masz bank", "ngân hàng nào").
const WHICH_REACH = 12;
// Between a wallet's name and its number word: punctuation and at most one short word ("número de Nequi", "PayPayのID").
const NAME_GAP = /^[\s\p{P}]{0,3}(?:[\p{L}\p{M}]{1,4}[\s\p{P}]{0,3})?$/u;
const WALLETS = CUE.rail | CUE.railWeak;
// Articles: "pay the account" is paying a bill ("pagar la cuenta", "paga il conto", "pagar a conta").
const BILL_ARTICLE = /^\s*(?:the|la|el|il|lo|le|a|o|os|as|los|las|un|una|um|uma)\s*$/iu;

/**
 * Payment details asked for by naming them, with no instrument in the message:
 * - a store's card or code (a gift card: "steam code");
 * - money put into an account ("एडवांस मेरे खाते में");
 * - a wallet's or an account's number or ID ("gcash number", "nomor OVO nya", "chave pix",
 *   "PayPayのID", "رقم المحفظة");
 * - a "which" word next to a bank or wallet ("which bank are you with?", "hangi bankadasın",
 *   "what's your Venmo?");
 * - a "which" word next to an account or number word, with a wallet or a paying word in the
 *   sentence or a wallet asked about just before ("which number for GCash?", "你收款账户是哪个",
 *   "নগদ কোন নাম্বারে পাঠাবো?").
 * `paysHere`: the sentence has a paying word that is not the fee. Returns the cue bits that carry the request, or 0.
 */
function namedDetails(sentence: Sentence, live: readonly LiveHit[], railAsked: boolean, paysHere: boolean): number {
  const gap = (a: LiveHit, b: LiveHit) => (a.to <= b.from ? sentence.text.slice(a.to - sentence.from, b.from - sentence.from) : b.to <= a.from ? sentence.text.slice(b.to - sentence.from, a.from - sentence.from) : undefined);
  const near = (a: LiveHit, b: LiveHit) => {
    const between = gap(a, b);
    return between !== undefined && between.length <= WHICH_REACH;
  };
  const numbers = live.filter((hit) => hit.tags & CUE.number);
  const wallets = live.filter((hit) => hit.tags & WALLETS);
  // A wallet's number word always names a payment detail ("gcash number"); an account's only with
  // money in the sentence or in a question ("my upwork account ID 12345678" is a login).
  const paying = wallets.length > 0 || railAsked || paysHere;
  const moneyOrQuestion =
    paying || QUESTION.test(sentence.text) || live.some((hit) => hit.tags & CUE.ask && numbers.some((number) => NAME_GAP.test(gap(hit, number) ?? 'x')));
  const named = live.filter((hit) => hit.tags & (moneyOrQuestion ? WALLETS | CUE.account : WALLETS));
  if (numbers.some((number) => named.some((name) => NAME_GAP.test(gap(number, name) ?? 'x')))) return CUE.number | WALLETS | CUE.account;
  // A store's card or code is a gift card ("steam code", "গুগল প্লে কার্ডের কোড"), unless one was given it;
  // the store first: "a SIM card on Amazon" is not one.
  const storeCard = (store: LiveHit) => live.some((hit) => hit.tags & (CUE.account | CUE.voucher) && hit.from >= store.to && /^[\s\p{P}]{0,3}$/u.test(gap(store, hit) ?? 'x'));
  if (!live.some((hit) => hit.tags & CUE.gifted) && live.some((hit) => hit.tags & CUE.store && storeCard(hit))) return CUE.store | CUE.account | CUE.voucher;
  // "एडवांस मेरे खाते में डाल दो", "العربون على حسابي", "定金打到我卡上": money put into an account.
  // A word must stand between them ("my", "على", "vào"); an article makes the account a bill ("paga il conto").
  const into = (pay: LiveHit) =>
    !(pay.tags & CUE.fee) &&
    live.some((hit) => {
      const between = hit.tags & CUE.account && hit.from >= pay.to ? gap(pay, hit) : undefined;
      return between !== undefined && NAME_GAP.test(between) && /[\p{L}\p{M}]/u.test(between) && !BILL_ARTICLE.test(between) && !/^ال/.test(sentence.text.slice(hit.from - sentence.from));
    });
  if (live.some((hit) => hit.tags & CUE.pay && into(hit))) return CUE.pay | CUE.account;
  const which = live.filter((hit) => hit.tags & CUE.where);
  const asked = (bits: number) => which.some((word) => live.some((hit) => hit.tags & bits && near(word, hit)));
  // "What bank do you work at?" is small talk: a job word and no paying word in the sentence.
  const smallTalk = !paysHere && live.some((hit) => hit.label === JOB);
  // "Send me a QR so I can pay the deposit", "apna QR bhej do, advance scan kar dunga": a code to scan, asked for.
  if (paying && live.some((code) => code.label === PAY_CODE && live.some((ask) => ask.tags & CUE.ask && near(ask, code)))) return CUE.number | CUE.ask | CUE.pay;
  if (!smallTalk && asked(CUE.bank | WALLETS | CUE.details)) return CUE.where | CUE.bank | CUE.account | CUE.number | WALLETS;
  // An account, card or number word only with money in the sentence, or in a question that asks
  // to send or use it ("hangi hesaba göndereyim?"): "¿qué tarjeta gráfica tiene?" is a graphics card.
  const accounts = live.filter((hit) => hit.tags & CUE.account && which.some((word) => near(word, hit)));
  const sending = QUESTION.test(sentence.text) && accounts.some((account) => live.some((hit) => hit.tags & CUE.ask && NAME_GAP.test(gap(account, hit) ?? 'x')));
  if ((paying && asked(CUE.account | CUE.number)) || sending) return CUE.where | CUE.number | CUE.account | WALLETS | CUE.pay;
  return 0;
}

/** A question about a wallet: "Hai Satispay?", "عندك فودافون كاش؟". */
function asksRail(sentence: Sentence | undefined): boolean {
  return sentence !== undefined && !sentence.quiet && QUESTION.test(sentence.text) && sentence.hits.some((hit) => hit.live && hit.tags & WALLETS);
}

// Between two rails of a list: punctuation and at most one short word ("o", "or", "oder", "или", "或").
const RAIL_LIST_GAP = /^[\s\p{P}]{0,3}(?:\p{L}{1,4}[\s\p{P}]{0,3})?$/u;

/** Two different rails listed next to each other are a choice of how to pay: "Nequi o Daviplata". */
function railChoice(sentence: Sentence, live: readonly LiveHit[]): boolean {
  const rails = live.filter((hit) => hit.tags & (CUE.rail | CUE.railWeak));
  return rails.some((hit, index) => {
    const next = rails[index + 1];
    return next !== undefined && next.label !== hit.label && RAIL_LIST_GAP.test(sentence.text.slice(hit.to - sentence.from, next.from - sentence.from));
  });
}

/** True when only spaces and punctuation separate the span from a payment finding. */
function nextToPayment(text: string, span: { from: number; to: number }, found: readonly ContactMatch[]): boolean {
  return found.some((match) => {
    if (match.kind !== 'payment') return false;
    const gap = match.start >= span.to ? text.slice(span.to, match.start) : match.end <= span.from ? text.slice(match.end, span.from) : 'x';
    return /^[\s\p{P}]{0,4}(?:\p{L}{1,4}[\s\p{P}]{1,3})?$/u.test(gap);
  });
}

/**
 * Widens the payment finding of this sentence over [from, to) when nothing else is in the way.
 * `payments` are the payment findings that start in the sentence, in the order of `found` (found
 * once for all sentences: scanning `found` per sentence was quadratic on a run-on paste).
 */
function widenPayment(text: string, found: ContactMatch[], payments: readonly ContactMatch[], involved: readonly LiveHit[]): boolean {
  const from = Math.min(...involved.map((hit) => hit.from));
  const to = Math.max(...involved.map((hit) => hit.to));
  // The payment recognizer already read a request here ("pay me directly … to save fees"): it
  // stands as it is, unless the sentence asks for more ("…, as friends and family", "…, send me the wallet address").
  const request = payments.find((match) => match.value === undefined);
  const more = (match: ContactMatch) => involved.some((hit) => (hit.to <= match.start || hit.from >= match.end) && hit.tags & (STRONG | WEAK | CUE.friends));
  if (request !== undefined && !more(request)) return true;
  // Otherwise a request or a detail used as an address widens; an instrument keeps its exact span.
  const payment = request ?? payments.find((match) => match.detailKind !== undefined || READ_IDS.has(match));
  if (payment === undefined) return false;
  // Only this sentence's own finding is ever replaced, and only intents are cut from `found`, so
  // a payment listed for the sentence is still in it.
  const index = found.indexOf(payment);
  if (index === -1) return false;
  const start = Math.min(from, payment.start);
  const end = Math.max(to, payment.end);
  const blocked = found.some((match, other) => other !== index && match.start < end && start < match.end);
  if (!blocked) {
    // From the whole text: the detail may run past the sentence ("paypal .com \n @ wa.me").
    found[index] = { ...payment, start, end, text: text.slice(start, end) };
  }
  return true;
}

/**
 * True when a live account or payment-details word, or a wallet's name ("your bKash number"),
 * sits in or next to an ask for contact details.
 */
function namesAccount(sentence: Sentence, match: ContactMatch): boolean {
  return sentence.hits.some(
    (hit) =>
      hit.live &&
      ((hit.tags & (CUE.account | CUE.details) && hit.from <= match.end + ACCOUNT_REACH && match.start <= hit.to + ACCOUNT_REACH) ||
        // A wallet's name right before the number asked for, or inside the ask ("nomor OVO nya
        // berapa?"); a weak one ("নগদ" is also cash) only right before it.
        (hit.tags & (CUE.rail | CUE.railWeak) && hit.from <= match.start && match.start - hit.to <= 2 && hit.to <= match.end) ||
        // …or right after it: "podaj mi swój numer BLIK"; a weak one inside it right after a number word ("nomor OVO nya berapa?").
        (hit.tags & CUE.rail && hit.from >= match.end && hit.from - match.end <= 2) ||
        (hit.tags & CUE.railWeak && hit.from >= match.start && hit.to <= match.end && sentence.hits.some((number) => number.tags & CUE.number && number.to <= hit.from && hit.from - number.to <= 2)) ||
        (hit.tags & CUE.rail && hit.from >= match.start && hit.to <= match.end) ||
        // …or a few words before it in a question: "dana nya ke nomor berapa?".
        (hit.tags & (CUE.rail | CUE.railWeak) && QUESTION.test(sentence.text) && hit.to <= match.start && match.start - hit.to <= WALLET_BEFORE_ASK)),
  );
}

/** A request whose cue words a negation cancels: "Ich zahle nie per PayPal". */
function refused(sentence: Sentence | undefined, match: ContactMatch): boolean {
  const inside = sentence?.hits.filter((hit) => hit.from < match.end && match.start < hit.to && hit.tags & ~NOT_NEGATED) ?? [];
  return inside.length > 0 && inside.every((hit) => !hit.live);
}

/** The nearest cue word that ties the detail to receiving money, in its sentence and close by. */
function addressCue(sentence: Sentence, match: ContactMatch, others: readonly ContactMatch[], nearOnly = false, after = 0): LiveHit | undefined {
  let best: LiveHit | undefined;
  let bestDistance = Infinity;
  for (const hit of sentence.hits) {
    if (hit.from < after) continue;
    const named = (hit.tags & NAMED_CUES) !== 0;
    if (!hit.live || !(hit.tags & ADDRESS_CUES) || (nearOnly && !named)) continue;
    // A cue inside another finding belongs to it: "paypal.me/ana" names its own link.
    const owned = (other: ContactMatch) => other.kind !== 'intent' && !(other.kind === 'payment' && other.value === undefined);
    if (others.some((other) => other !== match && owned(other) && other.start < hit.to && hit.from < other.end)) continue;
    const distance = hit.to <= match.start ? match.start - hit.to : hit.from >= match.end ? hit.from - match.end : -1;
    if (distance < 0) continue;
    // A rail names where the money goes; a bare paying word must sit right next to the detail.
    // A link is rarely a payment address unless it is on a payment host (the url recognizer
    // reports those): only a rail named right next to it ("revolut: revolut.me/ana").
    const before = match.kind === 'url' ? (named ? LINK_BEFORE : 0) : named ? ADDRESS_BEFORE : PAY_BEFORE;
    const reach = hit.to <= match.start ? before : named ? ADDRESS_AFTER : PAY_AFTER;
    if (distance <= reach && distance < bestDistance) {
      best = hit;
      bestDistance = distance;
    }
  }
  return best;
}

/** Account numbers, UPI IDs and IFSC codes written right after a rail or an account word. */
// Payment IDs this reading found after a rail or account word: like a detail used as an address,
// they take the request around them ("Papara no 1948273650").
const READ_IDS = new WeakSet<ContactMatch>();

function findPaymentIds(text: string, sentences: readonly Sentence[], found: readonly ContactMatch[]): ContactMatch[] {
  const ids: ContactMatch[] = [];
  const free = freeOf(found);
  const id = (from: number, to: number, value: string, platform: string, confidence: number) =>
    ids.push({ kind: 'payment', start: from, end: to, text: text.slice(from, to), value, platform, obfuscated: false, confidence });
  if (text.includes('@')) {
    for (const address of text.matchAll(PAYMENT_ADDRESS)) {
      const to = address.index + address[0].length;
      if (free(address.index, to)) id(address.index, to, address[0].toLowerCase(), 'upi', 0.9);
    }
    // Letter-spaced: "u p i : s u n i l . p l u m b e r @ y b l", read with the spaces taken out.
    for (const run of spacedRuns(text)) {
      const address = PAYMENT_ADDRESS_WHOLE.exec(run.chars);
      if (address && free(run.from, run.to)) id(run.from, run.to, address[1]!.toLowerCase(), 'upi', 0.85);
    }
  }
  if (sentences.some((sentence) => sentence.cues & (CUE.crypto | CUE.coin))) {
    for (const address of text.matchAll(LOOSE_CRYPTO)) {
      const to = address.index + address[0].length;
      if (free(address.index, to)) id(address.index, to, address[0], 'crypto', 0.85);
    }
  }
  const labelsOf = (sentence: Sentence | undefined) =>
    sentence && !sentence.quiet ? sentence.hits.filter((hit) => hit.live && hit.tags & (CUE.rail | CUE.railWeak | CUE.details | CUE.gift)) : [];
  for (const [index, sentence] of sentences.entries()) {
    // A label may end the sentence before: "…PayPayで送ってもらえますか？ID: tanaka_reform" (distances still apply).
    const labels = [...labelsOf(sentences[index - 1]), ...labelsOf(sentence)];
    if (labels.length === 0 || sentence.quiet) continue;
    const part = text.slice(sentence.from, sentence.to);
    const after = nearestBefore(labels, ID_AFTER);
    for (const run of part.matchAll(DIGIT_RUN)) {
      const from = sentence.from + run.index;
      const to = from + run[0].length;
      const label = after(from);
      if (label && free(from, to)) {
        id(from, to, run[0].replace(/[ .-]/g, ''), label.label ?? 'bank-account', 0.8);
        READ_IDS.add(ids[ids.length - 1]!);
      }
    }
    // A handle right after a rail ("PayPayのIDは yuki_pp22", "alias de mercado pago es lucas.venta.mp").
    // A weak rail ("doc", "inter", "boleto") labels a handle only in a sentence that pays: "la doc sur vuejs.org".
    const rails = labels.filter((hit) => hit.tags & CUE.rail || (hit.tags & CUE.railWeak && sentence.cues & WEAK_SUPPORT));
    if (rails.length > 0 && !sentence.topic) {
      const railBefore = nearestBefore(rails, HANDLE_AFTER);
      for (const handle of part.matchAll(RAIL_HANDLE)) {
        const from = sentence.from + handle.index;
        const to = from + handle[0].length;
        const rail = railBefore(from);
        if (rail && isHandle(handle[0]) && free(from, to)) {
          id(from, to, handle[0], rail.label ?? 'wallet', 0.75);
          // An @handle takes the request around it, like an account number ("…sur mon compte Revolut, @lucas_m").
          if (handle[0].startsWith('@')) READ_IDS.add(ids[ids.length - 1]!);
        }
      }
      const keyAfter = nearestBefore(rails, ID_AFTER);
      for (const key of part.includes('-') ? part.matchAll(RANDOM_KEY) : []) {
        const from = sentence.from + key.index;
        const to = from + key[0].length;
        const rail = keyAfter(from);
        if (rail && free(from, to)) {
          id(from, to, key[0].toLowerCase(), rail.label ?? 'wallet', 0.8);
          READ_IDS.add(ids[ids.length - 1]!);
        }
      }
    }
    const codeAfter = nearestBefore(labels, ID_AFTER);
    for (const code of part.matchAll(IFSC)) {
      const from = sentence.from + code.index;
      const to = from + code[0].length;
      if (codeAfter(from) && free(from, to)) id(from, to, code[0], 'ifsc', 0.85);
    }
  }
  // An IBAN whose checksum fails (made up, or mistyped) in a sentence that pays or names an account:
  // "überweis die Anzahlung auf DE44 1203 …". Valid ones are the recognizer's; an account number
  // read after a label above keeps its reading.
  for (const iban of sentences.some((sentence) => !sentence.quiet && sentence.cues & LOOSE_IBAN_CUES) ? findIbans(text, 'unchecked') : []) {
    const sentence = sentences[indexAt(sentences, iban.from)];
    if (sentence && !sentence.quiet && sentence.cues & LOOSE_IBAN_CUES && free(iban.from, iban.to) && !ids.some((other) => other.start < iban.to && iban.from < other.end)) id(iban.from, iban.to, iban.iban, 'iban', 0.8);
  }
  return ids;
}

/**
 * A UPI ID whose name looks like a domain ("akash.dev@ybl"): the link read in it is part of the ID.
 * Drops such links from `found` (in place) and returns it.
 */
function dropUrlsInUpiIds(text: string, found: ContactMatch[]): ContactMatch[] {
  if (!text.includes('@') || !found.some((match) => match.kind === 'url')) return found;
  for (const address of text.matchAll(PAYMENT_ADDRESS)) {
    const to = address.index + address[0].length;
    for (let index = found.length - 1; index >= 0; index -= 1) {
      const match = found[index]!;
      if (match.kind === 'url' && match.start >= address.index && match.end <= to) found.splice(index, 1);
    }
  }
  return found;
}

/** Whether [from, to) overlaps none of `found`: a binary search, so many IDs in one text stay linear-ish. */
function freeOf(found: readonly ContactMatch[]): (from: number, to: number) => boolean {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  // The furthest end among the matches up to each index.
  const reach: number[] = [];
  for (const [index, match] of sorted.entries()) reach.push(Math.max(match.end, index > 0 ? reach[index - 1]! : 0));
  return (from, to) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]!.start < to) low = middle + 1;
      else high = middle;
    }
    return low === 0 || reach[low - 1]! <= from;
  };
}

/**
 * For offsets asked in increasing order: the last of `labels` (sorted) that ends before the offset,
 * when it ends at most `reach` before it. One pass over the labels in all (no search per offset).
 */
function nearestBefore(labels: readonly LiveHit[], reach: number): (from: number) => LiveHit | undefined {
  let next = 0;
  let last: LiveHit | undefined;
  return (from) => {
    while (next < labels.length && labels[next]!.to <= from) last = labels[next++];
    return last && from - last.to <= reach ? last : undefined;
  };
}

/** A handle starts with "@", or has a letter and a digit or underscore, or is long and dotted ("lucas.venta.mp", not "a.n."). */
function isHandle(token: string): boolean {
  if (token.startsWith('@')) return true;
  return /[a-z]/i.test(token) && (/[\d_]/.test(token) || (token.length >= 6 && /[a-z\d]\.[a-z\d]{2}/i.test(token)));
}

/** The longest part of [from, to) that no other finding covers, trimmed of spaces and commas. */
function freeSpan(from: number, to: number, found: readonly ContactMatch[]): { from: number; to: number } | undefined {
  let pieces = [{ from, to }];
  for (const match of found) {
    if (match.end <= from || match.start >= to) continue;
    pieces = pieces.flatMap((piece) =>
      match.end <= piece.from || match.start >= piece.to
        ? [piece]
        : [
            { from: piece.from, to: Math.max(piece.from, match.start) },
            { from: Math.min(piece.to, match.end), to: piece.to },
          ],
    );
  }
  const best = pieces.reduce((longest, piece) => (piece.to - piece.from > longest.to - longest.from ? piece : longest));
  return best.to - best.from >= 2 ? best : undefined;
}

// Sentence ends: . ! ? (a dot only before a space or the end, not in "ana.k" or "1.200"), line
// breaks and their CJK and Arabic forms. Clause ends (a negation's reach) add commas and semicolons.
const SENTENCE_END = /[!?！？。؟\n]|\.(?=\s|$)/g;
const CLAUSE_END = /[,;，；、،]/g;

interface LiveHit extends WordHit {
  /** False when a negation in the same clause cancels the cue. */
  live: boolean;
}

function readSentences(text: string, hits: readonly WordHit[]): Sentence[] {
  const sentenceEnds = boundedSentenceEnds(text, [...text.matchAll(SENTENCE_END)].map((end) => end.index + 1));
  const clauseEnds = [...text.matchAll(CLAUSE_END)].map((end) => end.index + 1);
  const clauses = spans([...new Set([...sentenceEnds, ...clauseEnds])].sort((a, b) => a - b), text.length);
  // A negation next to a fee is the request itself ("nggak kena potongan", "charge nahi katega"),
  // not a refusal of the clause.
  const fees = hits.filter((hit) => hit.tags & CUE.fee);
  const onFee = (hit: WordHit) => fees.some((fee) => fee.from - hit.to <= FEE_NEGATION && hit.from - fee.to <= FEE_NEGATION && fee !== hit);
  // A negation in a question suggests ("can't we settle it between us?"), it does not refuse; a
  // question tag after a comma ("não precisa me mandar Pix, tá?") leaves the clause before it a refusal.
  const asked = (hit: WordHit) => {
    const end = clauses[indexAt(clauses, hit.from)]!.to;
    return /[?？؟]/.test(text[end - 1] ?? '');
  };
  // A short negation word of one language does not negate another's: French "ne" is German
  // "eine" ("schick mir ne Überweisung"), Italian "mai" is Hinglish "I". The message's languages
  // are those of its other cue words (none known: every negation counts). Longer negations
  // ("nicht", "jamais") belong to one language and always count.
  const languages = hits.reduce((all, hit) => (hit.tags & ~CUE.negation ? all | (hit.langs ?? 0) : all), 0);
  const inLanguage = (hit: WordHit) => hit.to - hit.from > SHORT_NEGATION || languages === 0 || !hit.langs || (hit.langs & languages) !== 0;
  const refusing = [
    ...hits.filter((hit) => hit.tags & CUE.negation && inLanguage(hit) && !QUESTION_TAG.test(text.slice(hit.to, hit.to + 3)) && !onFee(hit) && !asked(hit)),
    ...(MAYBE_NEGATED_VERB.test(text) ? [...text.matchAll(NEGATED_VERB)] : []).map((verb): WordHit => ({ from: verb.index, to: verb.index + verb[0].length, tags: CUE.negation })),
  ];
  // "If you don't have cash, I take Google Play codes": a negation in a condition refuses nothing.
  const inCondition = conditionalNegations(text, refusing, hits, (offset) => indexAt(clauses, offset));
  const negations = inCondition.size === 0 ? refusing : refusing.filter((negation) => !inCondition.has(negation));
  // A negation cancels the cues close to it in its clause: before it (SOV languages, "টাকা নিব না")
  // and after it ("please don't Venmo me"), not the whole sentence.
  const cancelled = (hit: WordHit) =>
    negations.some(
      (negation) =>
        hit.from >= negation.from - NEGATION_BEFORE &&
        hit.from <= negationReach(text, negation.from, negation.to, clauses[indexAt(clauses, negation.from)]!.from) &&
        indexAt(clauses, negation.from) === indexAt(clauses, hit.from),
    );
  const sentences: Sentence[] = spans(sentenceEnds, text.length).map(({ from, to }) => ({ from, to, text: text.slice(from, to), hits: [], cues: 0, quiet: false, topic: false, calm: [] }));
  const read = hits.map((hit) => ({ ...hit, live: (hit.tags & NOT_NEGATED) !== 0 || negations.length === 0 || !cancelled(hit) }));
  for (const [index, hit] of read.entries()) {
    // Two-letter words ("no" is also Portuguese "in the": "no app") are too common to tell.
    if (!(hit.tags & CUE.avoid) || hit.to - hit.from < 3) continue;
    for (const other of [read[index - 1], read[index + 1]]) {
      const gap = other ? (other.from >= hit.to ? other.from - hit.to : hit.from - other.to) : Infinity;
      if (other && other.tags & CUE.venue && gap <= VENUE_GAP) other.tags |= CUE.outside;
    }
  }
  // Paying through the platform waved off ("no need to pay in the app") leaves it: a way out, in no calm clause.
  const sameClause = (a: WordHit, b: WordHit) => indexAt(clauses, a.from) === indexAt(clauses, b.from);
  for (const hit of refusedPlatform(read, negations, sameClause)) {
    hit.tags = (hit.tags | CUE.outside) & ~CUE.platform;
    hit.live = true;
  }
  // A clause that pays through the platform's own features is left alone ("I'd pay directly
  // through the platform"); a live cue only: "przez OLX nie wysyłam" is not such a clause.
  // The clause ends early at "the rest" after the platform's word: "etapa 1 pelo site e o restante por transferência".
  const calmParts = new Map<number, { from: number; to: number }>();
  for (const hit of read) {
    if (!hit.live || !(hit.tags & CUE.platform)) continue;
    const index = indexAt(clauses, hit.from);
    const clause = clauses[index]!;
    const rest = read.find((other) => other.from >= hit.to && other.from < clause.to && other.tags & CUE.rest);
    const to = rest ? rest.from : clause.to;
    calmParts.set(index, { from: clause.from, to: Math.max(to, calmParts.get(index)?.to ?? 0) });
    const sentenceTo = spanEnd(sentenceEnds, hit.from, text.length);
    for (const [at, part] of releasedStageReach(hit, clauses, index, sentenceTo, read)) {
      calmParts.set(at, { from: part.from, to: Math.max(part.to, calmParts.get(at)?.to ?? 0) });
    }
  }
  // Talk about the rule ("paying outside is against the rules here"): its clause's cue words ask for nothing.
  for (const hit of ruledHits(text, read, (offset) => indexAt(clauses, offset))) hit.live = false;
  for (const hit of read) {
    const part = calmParts.get(indexAt(clauses, hit.from));
    if (part && hit.from < part.to) hit.live = false;
    sentences[indexAt(sentences, hit.from)]?.hits.push(hit);
  }
  for (const part of calmParts.values()) sentences[indexAt(sentences, part.from)]?.calm.push(part);
  // Cash the platform itself takes ("the listing says cash on pickup, pick the app's cash option"): in a sentence that
  // pays through the platform and names no way out of it, cash is one of the platform's ways to pay.
  for (const sentence of sentences) {
    if (sentence.calm.length === 0 || sentence.hits.some((hit) => hit.live && hit.tags & CUE.outside)) continue;
    for (const hit of sentence.hits) if (hit.tags & CUE.cash) hit.live = false;
  }
  // "The site takes 20%", "why give them 15%": a percentage next to the platform or a take verb is
  // the platform's fee, unless a discount word sits right by it ("10% de descuento"); a take verb
  // next to the platform or a percentage names its share ("the app takes too much").
  if (hits.some((hit) => hit.tags & (CUE.venue | CUE.take))) {
    const venues = new Set(sentences.filter((sentence) => sentence.hits.some((hit) => hit.tags & (CUE.venue | CUE.take))));
    const grown = new Set<Sentence>();
    const percented = new Set<Sentence>();
    for (const percent of text.matchAll(PERCENT)) {
      const sentence = sentences[indexAt(sentences, percent.index)]!;
      if (!venues.has(sentence)) continue;
      const end = percent.index + percent[0].length;
      const discounted = sentence.hits.some((hit) => hit.tags & CUE.discount && hit.from - end <= DISCOUNT_GAP && percent.index - hit.to <= DISCOUNT_GAP);
      if (discounted) continue;
      sentence.hits.push({ from: percent.index, to: end, tags: CUE.fee, label: VENUE_FEE, live: true });
      grown.add(sentence);
      percented.add(sentence);
    }
    for (const sentence of grown) sentence.hits.sort((a, b) => a.from - b.from);
    for (const sentence of venues) {
      const named = percented.has(sentence) || sentence.hits.some((hit) => hit.tags & CUE.venue);
      // "Their cut", "عمولتهم": a take word that is itself the fee names the platform's share anywhere.
      for (const hit of sentence.hits) if (hit.tags & CUE.take && hit.label === undefined && (named || hit.tags & CUE.fee)) hit.label = VENUE_TAKE;
    }
  }
  for (const sentence of sentences) {
    for (const hit of sentence.hits) if (hit.live) sentence.cues |= hit.tags;
    const all = sentence.hits.reduce((union, hit) => union | hit.tags, 0);
    sentence.quiet = (all & CUE.own) !== 0 || othersPayElsewhere(sentence.hits, sentence.calm);
    sentence.topic = (all & CUE.topic) !== 0 && (all & (CUE.outside | CUE.fee)) === 0;
  }
  return sentences;
}

/** Consecutive spans that end at `ends` (sorted), covering [0, length). */
// A run-on "sentence" (a paste with no stops) is read in pieces of about this many characters, so
// the readings that compare every cue with every detail of a sentence stay linear in the text.
const MAX_SENTENCE = 400;

/** The sentence ends, plus a break at the first space after every MAX_SENTENCE characters of one sentence. */
function boundedSentenceEnds(text: string, ends: readonly number[]): number[] {
  const bounded: number[] = [];
  let from = 0;
  for (const end of [...ends, text.length]) {
    for (let at = from + MAX_SENTENCE; at < end; at += MAX_SENTENCE) {
      const space = text.indexOf(' ', at);
      if (space === -1 || space + 1 >= end) break;
      bounded.push(space + 1);
      at = space + 1;
    }
    if (end < text.length) bounded.push(end);
    from = end;
  }
  return bounded;
}

function spans(ends: readonly number[], length: number): { from: number; to: number }[] {
  const result: { from: number; to: number }[] = [];
  let from = 0;
  for (const end of ends) {
    if (end > from && end < length) {
      result.push({ from, to: end });
      from = end;
    }
  }
  result.push({ from, to: Math.max(from, length) });
  return result;
}

/** The first of the sorted `ends` after `offset`, or `length`. */
function spanEnd(ends: readonly number[], offset: number, length: number): number {
  return ends.find((end) => end > offset) ?? length;
}

/** Index of the span holding `offset` (binary search over sorted, contiguous spans). */
function indexAt(list: readonly { from: number; to: number }[], offset: number): number {
  let low = 0;
  let high = list.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (list[middle]!.from <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Runs of characters spaced out one by one ("s u n i l . p l u m b e r @ y b l"), with the spaces
 * taken out: one pass over the text, each character a single non-space between single spaces.
 */
function spacedRuns(text: string): { from: number; to: number; chars: string }[] {
  const runs: { from: number; to: number; chars: string }[] = [];
  let from = -1;
  let chars = '';
  const single = (index: number) => text[index] !== undefined && text[index] !== ' ' && !/\s/.test(text[index]!) && (index === 0 || /\s/.test(text[index - 1]!)) && (index + 1 >= text.length || /[\s,;!?]/.test(text[index + 1]!));
  for (let index = 0; index <= text.length; index += 2) {
    if (index < text.length && single(index) && (from === -1 || text[index - 1] === ' ')) {
      if (from === -1) from = index;
      chars += text[index];
      continue;
    }
    if (from !== -1 && chars.length >= SPACED_MIN) runs.push({ from, to: from + 2 * chars.length - 1, chars });
    from = -1;
    chars = '';
    // Resynchronise on the next character after this one: runs may start at an odd offset.
    if (index < text.length) index -= 1;
  }
  return runs;
}
