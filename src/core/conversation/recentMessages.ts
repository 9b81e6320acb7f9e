import { codePointCut } from '../text/codePointCut.js';

/** How much of the conversation is read back: a detail split over a few messages, and its cue. */
export const MAX_HISTORY_MESSAGES = 5;
export const MAX_HISTORY_CHARACTERS = 500;
/**
 * A detail typed a piece a message ("0", "9", "1", "7"…, "DE89", "3704"…) runs past five messages:
 * messages this short count apart, up to MAX_SHORT_MESSAGES, so its cue is still read.
 */
const SHORT_MESSAGE = 8;
const MAX_SHORT_MESSAGES = 12;

/**
 * The author's last few messages (oldest first), trimmed, the oldest cut so that they hold at
 * most MAX_HISTORY_CHARACTERS: only the recent messages can matter, so a history of 10,000
 * messages costs what a history of five does.
 */
export function recentMessages(history: readonly string[]): string[] {
  const recent: string[] = [];
  let budget = MAX_HISTORY_CHARACTERS;
  let messages = 0;
  let short = 0;
  for (let index = history.length - 1; index >= 0 && messages < MAX_HISTORY_MESSAGES && budget > 0; index -= 1) {
    const message = history[index]!.trim();
    if (message.length === 0) continue;
    if (message.length <= SHORT_MESSAGE && short < MAX_SHORT_MESSAGES) short += 1;
    else messages += 1;
    const kept = message.length <= budget ? message : message.slice(codePointCut(message, message.length - budget));
    recent.unshift(kept);
    budget -= kept.length + 1;
  }
  return recent;
}
