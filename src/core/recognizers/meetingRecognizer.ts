import { AND_PHRASES, ID_PHRASES, lastPhrase, MEETING_CONTEXT, PASSCODE_PHRASES, phraseEndAt, plainWindow, PLATFORM_PHRASES } from '../meeting/meetingPhrases.js';
import { readCueBefore } from '../phone/readCueBefore.js';
import { matchFromView, type RecognizerFactory } from '../recognizer.js';
import type { ContactMatch } from '../types.js';

// Digit groups of a meeting ID: Zoom 9–11 digits, Teams 10–14, typed in groups or in one block.
const DIGIT_GROUPS = /\d{9,14}|\d{2,5}(?:[ -]\d{2,5}){0,4}/g;
const MIN_ID_DIGITS = 9;
const MAX_ID_DIGITS = 14;
/** How far before the ID its label may sit ("Zoom for tonight: ID 955…" has the app further back). */
const LABEL_WINDOW = 32;
const CONTEXT_WINDOW = 200;
// Between the ID and its passcode label: ", ", "، و", "，".
const BEFORE_PASSCODE = /^[\s,;、，،:]{0,4}و?\s?/u;
const PASSCODE_VALUE = /^[\s:：=-]{0,3}([\p{L}\p{N}]{2,16})/u;

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
// A Google Meet code "abc-defg-hij" with a meeting word written before it.
const MEET_CODE = /(?<![\p{L}\d-])[a-z]{3}-[a-z]{4}-[a-z]{3}(?![\p{L}\d-])/gu;

const MEET_CONTEXT = [...MEETING_CONTEXT, 'meet'];

const PLATFORMS: ReadonlyArray<readonly [string, string]> = [['teams', 'teams'], ['webex', 'webex'], ['meet', 'google-meet'], ['腾讯', 'tencent-meeting']];
const platformOf = (plain: string) => PLATFORMS.find(([word]) => lastPhrase(plain, [word]) >= 0)?.[1] ?? 'zoom';

/**
 * Finds meeting IDs and passcodes written without a link, in every language of the meeting
 * lexicon: a 9–14 digit ID after its label ("ID", "会议号", "toplantı kimliği") in a message about
 * a call, or right after the app's name, with the passcode that follows it. Meeting links
 * (zoom.us/j/…, meet.google.com/…) are found by the url recognizer.
 *
 * @example
 * ```ts
 * composeDetector([createMeetingRecognizer]).detect('Zoom: ID 812 3456 7890, passcode 8810');
 * // [{ kind: 'meeting', text: 'ID 812 3456 7890, passcode 8810', platform: 'zoom', ... }]
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
    for (const found of text.matchAll(DIGIT_GROUPS)) {
      const from = found.index;
      const id = found[0].replace(/\D/g, '');
      // Digits right after a digit or a "/" belong to something else (a link's path is the url's).
      if (id.length < MIN_ID_DIGITS || id.length > MAX_ID_DIGITS || /[\d/]/.test(text[from - 1] ?? '')) continue;
      const windowStart = Math.max(0, from - LABEL_WINDOW);
      const before = plainWindow(text.slice(windowStart, from));
      if (before === undefined) continue;
      const label = lastPhrase(before, ID_PHRASES);
      const app = lastPhrase(before, PLATFORM_PHRASES);
      if (app < 0 && label < 0) continue;
      // An app's name right before the digits, or an ID label in a message about a call; never
      // digits announced as a phone number ("meet? Call me on 0909…").
      const around = plainWindow(text.slice(Math.max(0, from - CONTEXT_WINDOW), from + found[0].length + CONTEXT_WINDOW)) ?? '';
      if (app < 0 && lastPhrase(around, MEETING_CONTEXT) < 0) continue;
      if (label < 0 && readCueBefore(text, from) === 'phone') continue;
      // From the app's name when it is part of the label ("zoom meeting id"), else from the label
      // ("Zoom for tonight: ID 955…" starts at "ID").
      const appInLabel = app >= 0 && (label < 0 || (app < label && label - app <= 16 && !/[:,;.!?]/.test(before.slice(app, label))));
      const start = windowStart + (appInLabel ? app : label);
      const end = passcodeEnd(text, from + found[0].length);
      matches.push(matchFromView(view, start, end, { kind: 'meeting', platform: platformOf(around), value: id, confidence: 0.9 }));
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
      const before = plainWindow(text.slice(Math.max(0, found.index - 40), found.index)) ?? '';
      if (lastPhrase(before, MEET_CONTEXT) < 0) continue;
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

/** The end of "…, passcode 8810" after an ID ending at `from`, or `from` when none follows. */
function passcodeEnd(text: string, from: number): number {
  const after = text.slice(from, from + 60);
  const plain = plainWindow(after);
  if (plain === undefined) return from;
  let labelAt = BEFORE_PASSCODE.exec(plain)![0].length;
  const andEnd = phraseEndAt(plain, AND_PHRASES, labelAt);
  if (andEnd > 0) labelAt = andEnd + (/^\s{1,2}/.exec(plain.slice(andEnd))?.[0].length ?? 0);
  const labelEnd = phraseEndAt(plain, PASSCODE_PHRASES, labelAt);
  if (labelEnd < 0) return from;
  const value = PASSCODE_VALUE.exec(after.slice(labelEnd));
  return value ? from + labelEnd + value[0].length : from;
}
