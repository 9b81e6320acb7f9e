import type { ContactKind, ContactMatch } from './types.js';

// When two recognizers claim one span: a concrete detail beats a mere intent phrase; then the
// longer claim wins (a link holding digits is a link, a Zoom ID with its "zoom id" label is a
// meeting); on the same span the more specific kind wins (card digits are a payment, not a phone).
const SPECIFICITY: Record<ContactKind, number> = {
  payment: 6,
  meeting: 5,
  social: 4,
  email: 3,
  phone: 2,
  url: 1,
  intent: 0,
};

function compareClaims(a: ContactMatch, b: ContactMatch): number {
  return (
    Number(a.kind === 'intent') - Number(b.kind === 'intent') ||
    b.end - b.start - (a.end - a.start) ||
    SPECIFICITY[b.kind] - SPECIFICITY[a.kind] ||
    b.confidence - a.confidence ||
    a.start - b.start
  );
}

// A "handle" that is only a phone number's digits ("wa aku 0812-555-77-88").
const DIGITS_ONLY = /^\+?[\d\s().-]{7,30}$/;

/** "WA: 0812-555-77-88": a number given after a messaging app is a phone, the detail it names. */
function withoutNumbersAsHandles(candidates: readonly ContactMatch[]): readonly ContactMatch[] {
  if (!candidates.some((match) => match.kind === 'social' && DIGITS_ONLY.test(match.value ?? ''))) return candidates;
  const phones = candidates.filter((match) => match.kind === 'phone').sort((a, b) => a.start - b.start);
  const hasPhoneInside = (match: ContactMatch) => {
    // The first phone that starts inside the match, by binary search: phones never nest.
    let low = 0;
    let high = phones.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (phones[middle]!.start < match.start) low = middle + 1;
      else high = middle;
    }
    return low < phones.length && phones[low]!.start < match.end;
  };
  // A QQ number is the account itself, never a phone ("扣扣号 2294571863").
  return candidates.filter((match) => !(match.kind === 'social' && match.platform !== 'qq' && DIGITS_ONLY.test(match.value ?? '') && hasPhoneInside(match)));
}

/** Keeps the strongest claim for every span: sorted by start, no two matches overlap. */
export function resolveOverlaps(candidates: readonly ContactMatch[]): ContactMatch[] {
  const accepted: ContactMatch[] = []; // kept sorted by start
  for (const candidate of [...withoutNumbersAsHandles(candidates)].filter((match) => match.end > match.start).sort(compareClaims)) {
    // First accepted match that ends after the candidate starts.
    let low = 0;
    let high = accepted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (accepted[middle]!.end <= candidate.start) low = middle + 1;
      else high = middle;
    }
    const next = accepted[low];
    if (next && next.start < candidate.end) continue;
    accepted.splice(low, 0, candidate);
  }
  return accepted;
}
