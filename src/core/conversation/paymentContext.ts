import { buildPaymentCues, CUE } from '../payment/paymentCues.js';
import type { WordTrie } from '../payment/wordTrie.js';

// Cues that say a payment instrument comes next: a rail, a wallet or bank, "account / card
// number", a coin, "friends and family".
const INSTRUMENT_CUES = CUE.rail | CUE.railWeak | CUE.details | CUE.crypto | CUE.coin | CUE.friends;
// A message that refuses, warns, talks about one's own shop or pays through the platform names
// rails without asking to be paid on them.
const CALM_CUES = CUE.negation | CUE.warning | CUE.own | CUE.topic | CUE.platform;

let cues: WordTrie | undefined;

/**
 * True when one of the author's last messages sets up a payment ("send the rest to my GCash",
 * "my pix is my phone", "IBAN", "银行卡号"): a detail that follows is where the money goes.
 */
export function setsUpPayment(messages: readonly string[]): boolean {
  cues ??= buildPaymentCues([], []);
  return messages.some((message) => {
    const tags = cues!.find(message).reduce((all, hit) => all | hit.tags, 0);
    return (tags & INSTRUMENT_CUES) !== 0 && (tags & CALM_CUES) === 0;
  });
}
