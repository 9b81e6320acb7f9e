import { CONTRAST, PAYERS } from './paymentCues.js';
import type { WordHit } from './wordTrie.js';

/**
 * True when a sentence tells how one's own business is paid and then puts this job on the
 * platform: payers who are not the other side ("parents", "tenants"), then a contrast, then a
 * clause that pays through the platform ("at my centre parents pay in cash, but these lessons go
 * through the site"). Without the contrast and the later platform clause ("parents pay me in cash
 * at the end"), the payers say nothing and the sentence is read as usual.
 */
export function othersPayElsewhere(hits: readonly WordHit[], calm: readonly { from: number; to: number }[]): boolean {
  const payer = hits.find((hit) => hit.label === PAYERS);
  if (!payer) return false;
  return calm.some((clause) => clause.from > payer.from && hits.some((hit) => hit.label === CONTRAST && hit.from >= payer.to && hit.from < clause.to));
}
