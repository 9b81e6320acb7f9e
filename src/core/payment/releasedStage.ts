import { CONTRAST, CUE, RELEASED } from './paymentCues.js';
import type { WordHit } from './wordTrie.js';

type Span = { from: number; to: number };

// What ends the reach of an approval: a way to pay, a way out, "the rest", or a "but" ("your account" is where the approved payment lands).
const STOPS = CUE.rail | CUE.railWeak | CUE.crypto | CUE.gift | CUE.outside | CUE.rest;

/**
 * "I approved the second stage, the payment should be in your account": the speaker approving a
 * stage on the platform makes the clauses after it, to the end of the sentence, talk about that
 * payment. The stage named right after the approval is part of it; the reach stops before a later
 * clause with a way to pay, a way out, "the rest" or a contrast ("…, but the rest by PayPal").
 * Returns the calm part of each clause it covers, by clause index.
 */
export function releasedStageReach(approval: WordHit, clauses: readonly Span[], clauseIndex: number, sentenceTo: number, hits: readonly WordHit[]): [number, Span][] {
  if (approval.label !== RELEASED) return [];
  const parts: [number, Span][] = [[clauseIndex, clauses[clauseIndex]!]];
  for (let index = clauseIndex + 1; index < clauses.length && clauses[index]!.from < sentenceTo; index += 1) {
    const clause = clauses[index]!;
    // A later clause with a way to pay in it is a request of its own ("…, la tercera pagámela por Mercado Pago").
    if (hits.some((hit) => hit.from >= clause.from && hit.from < clause.to && (hit.tags & STOPS || hit.label === CONTRAST))) break;
    parts.push([index, clause]);
  }
  return parts;
}
