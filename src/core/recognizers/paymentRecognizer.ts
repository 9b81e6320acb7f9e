import { isRuleTalk } from '../intent/isRuleTalk.js';
import { createPhraseSet } from '../intent/phraseSet.js';
import { findBankAccounts } from '../payment/bankAccounts.js';
import { createBrandRequestFinder } from '../payment/brandRequests.js';
import { findCardNumbers, findDisguisedCardNumbers } from '../payment/cardNumbers.js';
import { buildSpelledDigitsView } from '../phone/spelledDigitsView.js';
import { findCashtags } from '../payment/cashtags.js';
import { findCryptoAddresses } from '../payment/cryptoAddress.js';
import { findIbans } from '../payment/iban.js';
import { PAYMENT_BRANDS } from '../payment/paymentBrands.js';
import { buildPaymentCues } from '../payment/paymentCues.js';
import { PAYMENT_PHRASES } from '../payment/paymentPhrases.js';
import { readPayments } from '../payment/paymentReading.js';
import { matchFromView, type RecognizerFactory } from '../recognizer.js';
import type { ContactMatch } from '../types.js';

const ASCII_DIGIT = /[0-9]/;

// Brands people use as a verb: "zelle me", "venmo me", "paypal me".
const VERB_BRANDS = ['paypal', 'venmo', 'zelle', 'cashapp', 'cash app', 'revolut', 'wise'];

/**
 * Finds off-platform payment: validated instruments (IBAN mod-97, card Luhn, Bitcoin/Ethereum/
 * Tron checksums), labelled bank accounts, cashtags, brand handles ("paypal: ana@mail.co") and
 * requests to pay outside the platform in seven languages ("pay me directly", "págame por fuera").
 * Instruments carry a `value`; requests don't (masking hides instruments, not requests).
 * Payment links (paypal.me/…, wise.com/pay/…) come from the url recognizer's known hosts.
 *
 * @example
 * ```ts
 * composeDetector([createPaymentRecognizer]).detect('IBAN NL91 ABNA 0417 1643 00');
 * // [{ kind: 'payment', text: 'NL91 ABNA 0417 1643 00', value: 'NL91ABNA0417164300', ... }]
 * ```
 *
 * @group Recognizers
 */
export const createPaymentRecognizer: RecognizerFactory = (options) => {
  const brands = [...PAYMENT_BRANDS, ...options.paymentBrands];
  const names = brands.flatMap((brand) => brand.names.map((name) => name.toLowerCase()));
  // Keyed without spaces: "pago facil" is also written "pagofacil" (the pattern allows both).
  const brandByName = new Map(brands.flatMap((brand) => brand.names.map((name) => [compact(name), brand.id] as const)));
  const brandRequests = createBrandRequestFinder(names, VERB_BRANDS);
  const phrases = createPhraseSet(PAYMENT_PHRASES);
  const cues = buildPaymentCues(options.platformPayment, options.paymentBrands);

  return {
    kinds: ['payment'],
    scan(context) {
      const view = context.folded;
      const text = view.text;
      const instruments: ContactMatch[] = [];
      const instrument = (from: number, to: number, platform: string, value: string, confidence: number) =>
        instruments.push(matchFromView(view, from, to, { kind: 'payment', platform, value, confidence }));

      for (const address of findCryptoAddresses(text)) {
        instrument(address.from, address.to, address.network, address.address, address.checksummed ? 0.97 : 0.9);
      }
      // IBANs and card numbers hold ASCII digits, cashtags a "$": a text without them skips those passes.
      const hasDigit = ASCII_DIGIT.test(text);
      if (hasDigit) {
        for (const iban of findIbans(text)) instrument(iban.from, iban.to, 'iban', iban.iban, 0.97);
        for (const card of findCardNumbers(text)) instrument(card.from, card.to, 'card', card.digits, card.validated ? 0.95 : 0.7);
      }
      const { spelledDigits, separators } = context.options.obfuscation;
      if (separators || spelledDigits) {
        // The phone recognizer builds the same view: shared per detect call.
        const spelled = spelledDigits ? context.view('spelled-digits', () => buildSpelledDigitsView(view)) : view;
        const cards = ASCII_DIGIT.test(spelled.text) ? findDisguisedCardNumbers(spelled.text, (from, to) => spelled.isRewritten(from, to)) : [];
        for (const card of cards) {
          const match = matchFromView(spelled, card.from, card.to, { kind: 'payment', platform: 'card', value: card.digits, confidence: 0.9, obfuscated: true });
          if (!instruments.some((found) => found.start < match.end && match.start < found.end)) instruments.push(match);
        }
      }
      for (const account of findBankAccounts(text)) instrument(account.from, account.to, 'bank-transfer', account.value, 0.85);
      if (text.includes('$')) for (const cashtag of findCashtags(text)) instrument(cashtag.from, cashtag.to, 'cashapp', cashtag.tag, 0.8);

      const requests: ContactMatch[] = [];
      // A brand with a handle is an instrument too (it names where to send money); a refusal
      // ("I don't use PayPal") is not a request.
      for (const request of brandRequests.find(text)) {
        if (!request.handle && isRuleTalk(text, request.from, request.to)) continue;
        const platform = brandByName.get(compact(request.brand));
        requests.push(
          matchFromView(view, request.from, request.to, {
            kind: 'payment',
            confidence: request.handle ? 0.85 : 0.75,
            ...(platform ? { platform } : {}),
            ...(request.handle ? { value: request.handle } : {}),
          }),
        );
      }
      for (const hit of phrases.find(text)) {
        if (isRuleTalk(text, hit.from, hit.to)) continue;
        requests.push(matchFromView(view, hit.from, hit.to, { kind: 'payment', confidence: 0.7 }));
      }
      // A validated instrument keeps its own span and network ("btc: 1BvB…" is a bitcoin address).
      const kept = requests.filter((request) => !instruments.some((found) => found.start < request.end && request.start < found.end));
      return [...instruments, ...kept];
    },
    // The payment reading of every finding: see paymentReading.ts.
    refine(context, matches) {
      return readPayments(context.original, matches, cues);
    },
  };
};

function compact(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '');
}
