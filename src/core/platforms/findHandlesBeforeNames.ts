import type { TermHit } from '../intent/channelTerms.js';
import { PLATFORM_NAMES_THAT_ARE_WORDS } from '../lexicon/platformNames.js';
import { lastBefore } from '../intent/spanSearch.js';
import { startsClause, type HandleNearName } from './handleShapes.js';

// Between a handle and the app after it: "on", "en", "no", "sur", "auf", "su", "на", "di", "sa", "pe", "(", "@", "→".
const GAP_BEFORE_NAME = /^(?:\s{1,2}(?:on|in|at|via|en|no|na|sur|auf|bei|su|sul|на|в|di|sa|pe|par|pr|trên|bên|qua)\s{1,2}|\s{0,2}[(@→-]\s{0,2}|\s{0,2}[(（])$/iu;
const HANDLE_CHARACTER = /[A-Za-z0-9._-]/;
// A handle: letters and digits joined by "_" or "." ("jordyn.sells", "riya_art"), not a file or a framework ("next.js").
const HANDLE = /^[A-Za-z0-9]{1,30}(?:[._-]{1,2}[A-Za-z0-9]{1,30}){1,5}_{0,2}$/;
// A hyphen alone joins words ("ajoute-moi sur Telegram", "e-mail"): a handle has "_", "." or a digit.
const HANDLE_MARK = /[._\d]/;
const NOT_HANDLE_END = /\.(?:js|ts|py|net|com|org|io|jpg|png|pdf|docx?|xlsx?|zip|mp4)$/i;
const MAX_HANDLE = 40;
const GAP_REACH = 8;
// Who gives the handle: a contact or search verb, "me", a label ("is", "am") ("my snap is…" reads forward instead).
const GIVER_SLOTS = new Set<TermHit['slot']>(['move', 'search', 'me', 'label', 'ask']);
const GIVER_REACH = 30;
const SELF_GAP = 2;

/**
 * Handles written before the app's name: "jordyn.sells on snap", "riya_art (insta)", "add me
 * kev_rooms on tele". The handle starts its clause, or a contact verb, "me" or "is" comes just
 * before it ("I saw ana_k on insta" is somebody else's account: nobody offers it).
 */
export function findHandlesBeforeNames(text: string, hits: readonly TermHit[], platforms: readonly TermHit[]): HandleNearName[] {
  const found: HandleNearName[] = [];
  for (const name of platforms) {
    const gapStart = gapBefore(text, name.from);
    if (gapStart === undefined) continue;
    let from = gapStart;
    while (from > 0 && gapStart - from < MAX_HANDLE && HANDLE_CHARACTER.test(text.charAt(from - 1))) from -= 1;
    const handle = text.slice(from, gapStart);
    if (from === gapStart || /[\p{L}\p{M}\d@/]/u.test(text.charAt(from - 1)) || !HANDLE.test(handle) || !HANDLE_MARK.test(handle) || NOT_HANDLE_END.test(handle)) continue;
    // "ana_k on line 2", "jo.b on signal strength": an everyday word names the app only in brackets or after "@".
    const written = text.slice(name.from, name.to).toLowerCase();
    const always = PLATFORM_NAMES_THAT_ARE_WORDS.has(written) && PLATFORM_NAMES_THAT_ARE_WORDS.get(written) === undefined;
    if (always && !/[(（@]/.test(text.slice(gapStart, name.from))) continue;
    // "i'm riya_art on insta", "soy riya_art en insta": "I" right before the handle gives it too.
    const giver = lastBefore(hits, from, GIVER_REACH, (hit) => GIVER_SLOTS.has(hit.slot) || (hit.slot === 'self' && from - hit.to <= SELF_GAP));
    if (!startsClause(text, from) && !giver) continue;
    found.push({ from, to: name.to, platform: name.platform, value: handle, searched: false });
  }
  return found;
}

/** Where the gap before a name starts ("jordyn.sells| on snap"), or undefined when no gap word is there. */
function gapBefore(text: string, at: number): number | undefined {
  for (let start = at - 1; start >= 0 && at - start <= GAP_REACH; start -= 1) {
    if (HANDLE_CHARACTER.test(text.charAt(start)) && !/[A-Za-z]/.test(text.charAt(start))) return undefined;
    if (GAP_BEFORE_NAME.test(text.slice(start, at)) && HANDLE_CHARACTER.test(text.charAt(start - 1))) return start;
  }
  return undefined;
}
