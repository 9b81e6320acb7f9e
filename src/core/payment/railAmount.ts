import { CUE } from './paymentCues.js';
import type { WordHit } from './wordTrie.js';

/**
 * A rail named with a sum or a share of the price beside it ("necesito el 30% por Mercado Pago",
 * "50% adiantado no meu pix", "₹2000 on PhonePe first"): that sum is paid that way. A bare number
 * is not a sum ("I've used PayPal for 10 years"): a percent sign or a currency must mark it. Not
 * with the platform's or the rail's fee in the sentence ("PayPal takes 3%").
 * Returns the rail, or none.
 */

// A sum: "30%", "%30", "€50", "50€", "500k", "20rb", "2000 টাকা". Each branch is a fixed shape, no nesting.
const SUM =
  /\p{Nd}\s?[%％٪€$£₹¥₱₫₩円元]|[%％٪€$£₹¥₱₫₩]\s?\p{Nd}|\p{Nd}\s?(?:k|rb|ribu|usd|eur|reais|pesos|zł|zl|tl|lira|руб|грн|taka|টাকা|rs|rupees|روپے|ريال|جنيه|درهم|ngàn|nghìn|đ|lei|dh|php)(?![\p{L}\p{M}])/giu;
// How far the sum may sit from the rail's name: "50% adiantado no meu pix".
const SUM_REACH = 25;

export function railAmount<Hit extends WordHit>(sentenceText: string, sentenceFrom: number, live: readonly Hit[]): Hit[] {
  const rails = live.filter((hit) => hit.tags & CUE.rail);
  if (rails.length === 0 || live.some((hit) => hit.tags & (CUE.fee | CUE.take))) return [];
  for (const sum of sentenceText.matchAll(SUM)) {
    const from = sentenceFrom + sum.index;
    const to = from + sum[0].length;
    const rail = rails.find((hit) => (hit.from >= to ? hit.from - to : from - hit.to) <= SUM_REACH && (hit.from >= to || hit.to <= from));
    if (rail) return [rail];
  }
  return [];
}
