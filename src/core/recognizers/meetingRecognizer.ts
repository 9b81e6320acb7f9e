import { matchFromView, type RecognizerFactory } from '../recognizer.js';
import type { ContactMatch } from '../types.js';

// "zoom id 812 3456 7890 pwd 11", "Meeting ID: 812 3456 7890 Passcode: ab12".
// After "zoom" the "id" label is optional ("Zoom: 812 3456 7890"): Zoom ids are 9-11 digits.
const MEETING_ID =
  /(?<![\p{L}\d])(zoom(?:\s{1,2}(?:meeting|mtg))?(?:\s{0,2}(?:id|#|no\.?|number))?|(?:meeting|webex|teams)(?:\s{1,2}(?:meeting|mtg))?\s{0,2}(?:id|#|no\.?|number))\s{0,2}[:#=-]?\s{0,2}(\d{3}[\s-]?\d{3,4}[\s-]?\d{3,5})(?![\d])(?:[\s,;]{1,3}(?:pwd|passcode|password|pass|code|pw)\s{0,2}[:=-]?\s{0,2}[\p{L}\d]{1,16})?/giu;
// "zoom.us/j/812 3456 7890": a link whose id was typed in groups; the url recognizer stops at the space.
// The scheme and subdomain in front ("https://us02web.") are taken by linkStart, not the regex,
// which keeps the pattern free of an unanchored optional prefix (flagged by the ReDoS gate).
const SPACED_ZOOM_LINK = /zoom\.us\/j\/(\d{3}[\s-]\d{3,4}[\s-]\d{3,5})(?!\d)/giu;
const LINK_CHARACTER = /[a-z\d.:/-]/i;

/** Where a link ending in "zoom.us/…" starts: back over "https://us02web." (at most 40 characters). */
function linkStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && index - start < 40 && LINK_CHARACTER.test(text[start - 1]!)) start--;
  return start;
}
// A Google Meet code "abc-defg-hij" with "meet" written nearby.
const MEET_CODE = /(?<![\p{L}\d-])[a-z]{3}-[a-z]{4}-[a-z]{3}(?![\p{L}\d-])/gu;
const MEET_NEAR = /\b(?:google\s{0,2}meet|meet|gmeet|hangouts?)\b/i;

const PLATFORM: Record<string, string> = { zoom: 'zoom', meeting: 'zoom', webex: 'webex', teams: 'teams' };

/**
 * Finds meeting IDs and codes written without a link. Meeting links (zoom.us/j/…,
 * meet.google.com/…, teams.microsoft.com/…) are found by the url recognizer.
 *
 * @example
 * ```ts
 * composeDetector([createMeetingRecognizer]).detect('meeting ID 812 3456 7890');
 * // [{ kind: 'meeting', text: 'meeting ID 812 3456 7890', platform: 'zoom', ... }]
 * ```
 *
 * @group Recognizers
 */
export const createMeetingRecognizer: RecognizerFactory = () => ({
  kinds: ['meeting'],
  scan(context) {
    const view = context.folded;
    const text = view.text;
    const matches: ContactMatch[] = [];
    for (const found of text.matchAll(MEETING_ID)) {
      matches.push(
        matchFromView(view, found.index, found.index + found[0].length, {
          kind: 'meeting',
          platform: PLATFORM[/^[a-z]+/i.exec(found[1]!)![0].toLowerCase()] ?? 'zoom',
          value: found[2]!.replace(/\D/g, ''),
          confidence: 0.9,
        }),
      );
    }
    for (const found of text.matchAll(SPACED_ZOOM_LINK)) {
      const id = found[1]!.replace(/\D/g, '');
      matches.push(
        matchFromView(view, linkStart(text, found.index), found.index + found[0].length, {
          kind: 'meeting',
          platform: 'zoom',
          value: `https://zoom.us/j/${id}`,
          confidence: 0.9,
        }),
      );
    }
    for (const found of text.matchAll(MEET_CODE)) {
      if (!MEET_NEAR.test(text.slice(Math.max(0, found.index - 40), found.index))) continue;
      matches.push(
        matchFromView(view, found.index, found.index + found[0].length, {
          kind: 'meeting',
          platform: 'google-meet',
          value: `https://meet.google.com/${found[0]}`,
          confidence: 0.85,
        }),
      );
    }
    return matches;
  },
});
