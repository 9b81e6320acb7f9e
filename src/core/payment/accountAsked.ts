import { CUE, PHOTO, SEND } from './paymentCues.js';
import { withinReach, type WordHit } from './wordTrie.js';

/**
 * An account or a card asked for without naming an instrument:
 * - a "which" word by an account word, with sending asked about ("which account do I send it
 *   to?", "kis account me bheju?", "কোন অ্যাকাউন্টে পাঠাবো?", "hangi hesaba göndereyim"): in a
 *   question, or with the sending right after the account (Turkish and Hindi ask without "?");
 * - a photo by a card or an account word ("mándame foto de la tarjeta", "kart fotoğrafını at",
 *   "foto kartu kamu depan belakang"): a card is photographed to be charged.
 * The labels come from `lexicon/<lang>/paymentFrames.ts`. Returns the hits that carry the request,
 * or none. `live` are the sentence's cues no negation cancels.
 */

const QUESTION = /[?？؟]/;
// "which account", "kis account me", "ngân hàng nào" (the word after): a short word may stand between.
const WHICH_REACH = 12;
// "photo of the card", "foto de la tarjeta", "kart fotoğrafı".
const PHOTO_REACH = 8;
// "hangi hesaba göndereyim", "kis account me bheju": the sending right after the account.
const SEND_AFTER = 16;


export function accountAsked<Hit extends WordHit>(sentenceText: string, live: readonly Hit[]): Hit[] {
  const accounts = live.filter((hit) => hit.tags & CUE.account);
  if (accounts.length === 0) return [];
  const photographed = live.filter((hit) => hit.label === PHOTO).flatMap((photo) => accounts.filter((account) => account !== photo && withinReach(photo, account, PHOTO_REACH)).map((account) => [photo, account]));
  if (photographed.length > 0) return sorted(photographed.flat());
  const sends = live.filter((hit) => hit.label === SEND);
  if (sends.length === 0) return [];
  const asked = live
    .filter((hit) => hit.tags & CUE.where)
    .flatMap((which) => accounts.filter((account) => account !== which && withinReach(which, account, WHICH_REACH)).map((account) => [which, account]));
  const question = QUESTION.test(sentenceText);
  const sending = sends.filter((send) => question || asked.some(([, account]) => send.from >= account!.to && send.from - account!.to <= SEND_AFTER));
  return asked.length > 0 && sending.length > 0 ? sorted([...asked.flat(), ...sending]) : [];
}

function sorted<Hit extends WordHit>(hits: readonly Hit[]): Hit[] {
  return [...new Set(hits)].sort((a, b) => a.from - b.from);
}
