import { resolveOverlaps } from '../resolveOverlaps.js';
import type { ContactKind, ContactMatch, Detector } from '../types.js';
import { glueViews, trailingFragments, type GluedView } from './fragments.js';
import { setsUpPayment } from './paymentContext.js';
import { recentMessages } from './recentMessages.js';

/** How many of the author's last messages can set up the kind of a detail. */
const CONTEXT_MESSAGES = 3;
/** The current message is glued to the pieces before it only when it is short itself. */
const MAX_GLUED_MESSAGE = 60;
/** A split number ends the message, or nearly: "11 000 и сами забираете" is a price, not the rest of a number. */
const MAX_LETTERS_AFTER_SPLIT = 12;

const DETAIL_KINDS: ReadonlySet<ContactKind> = new Set(['email', 'phone', 'social']);

/**
 * The findings of `text` read with the author's earlier messages: details split over messages
 * (crossing findings, clipped to `text`), and the kind that earlier messages give a detail (a
 * number after "send the rest to my GCash" is a payment). `own` are the findings of `text` alone.
 */
export function readAcrossMessages(detector: Detector, text: string, history: readonly string[], own: ContactMatch[]): ContactMatch[] {
  const recent = recentMessages(history);
  if (recent.length === 0 || text.trim().length === 0) return own;
  const earlier = recent.join('\n');
  const views: GluedView[] = [{ text: `${earlier}\n${text}`, offset: earlier.length + 1 }];
  const pieces = trailingFragments(recent);
  if (pieces.length > 0 && text.length <= MAX_GLUED_MESSAGE) views.push(...glueViews(pieces, text.trim() === text ? text : text));

  const crossing: ContactMatch[] = [];
  let paidBefore = false;
  for (const view of views) {
    for (const match of detector.detect(view.text)) {
      if (match.end <= view.offset) {
        if (match.kind === 'payment') paidBefore = true;
        continue;
      }
      if (match.start >= view.offset || !endsTheSplit(match, text, view.offset)) continue;
      crossing.push({ ...match, start: match.start - view.offset, end: match.end - view.offset });
    }
  }
  const merged = crossing.length === 0 ? own : clip(resolveOverlaps([...crossing, ...own]), text);
  const paying = paidBefore || setsUpPayment(recent.slice(-CONTEXT_MESSAGES));
  return paying ? merged.map(asPayment) : merged;
}

/** A detail used to receive money, reported as a payment with the detail's own kind kept. */
function asPayment(match: ContactMatch): ContactMatch {
  return DETAIL_KINDS.has(match.kind) ? { ...match, kind: 'payment', detailKind: match.kind } : match;
}

/** The crossing finding completes a detail rather than running into the next sentence. */
function endsTheSplit(match: ContactMatch, text: string, offset: number): boolean {
  const after = text.slice(match.end - offset);
  return (after.match(/\p{L}/gu)?.length ?? 0) <= MAX_LETTERS_AFTER_SPLIT;
}

/**
 * A crossing finding competes with the current text's own findings at its full length (so
 * "ana.bauer@" + "gmail.com" is an email, not a link to gmail.com), then is clipped to the text.
 */
function clip(matches: ContactMatch[], text: string): ContactMatch[] {
  return matches.map((match) => (match.start < 0 ? { ...match, start: 0, text: text.slice(0, match.end) } : match));
}
