import { PLATFORM_EMOJI_CHARACTERS } from '../lexicon/intl/platformEmoji.js';
import type { TermHit } from './termHit.js';

const EMOJI = new Set(PLATFORM_EMOJI_CHARACTERS);

// Between the two words: spaces, or a linking word ("hare wale app", "ہرے والی ایپ", "緑のアプリ", "绿色的软件").
const LINK = /^\s{0,2}(?:(?:wale|wala|wali|वाले|वाला|वाली|والی|والے|والا|の|的|色的|色の|色)\s{0,2})?$/u;
// After the app word only spaces ("app verde", "aplikasi ijo", "تطبيق ثاني", "app khác").
const SPACES = /^\s{1,2}$/u;
const MAX_GAP = 8;
const VERBS = new Set<TermHit['slot']>(['move', 'call', 'ask']);

/**
 * A word for an app, a "here" word that is one ("app pe", "ایپ پر": "the app" is the platform until
 * "other" says otherwise), or an app's emoji after its colour ("por el verde 🟢").
 */
const isApp = (text: string, hit: TermHit) => hit.slot === 'appWord' || hit.slot === 'here' || (hit.slot === 'platform' && EMOJI.has(text.slice(hit.from, hit.to)));

/**
 * "the other app", "the green app", "la app verde", "inną apkę", "yeşil uygulamadan", "हरे वाले ऐप",
 * "緑のアプリ", "por el verde 🟢": an app named by what it is not (this one) or by its colour is a place to move to,
 * read as `elsewhere` like "outside the app". Joins each such pair of lexicon words into one hit
 * and drops the "here" or the app the words were read as. Reads the hits only, never the whole text again.
 */
export function joinVagueApps(text: string, hits: TermHit[]): TermHit[] {
  if (!hits.some((hit) => hit.slot === 'otherApp')) return hits;
  const joined: Array<{ from: number; to: number }> = [];
  for (let index = 0; index < hits.length; index += 1) {
    const modifier = hits[index]!;
    if (modifier.slot !== 'otherApp') continue;
    const app = appAfter(text, hits, index) ?? appBefore(text, hits, index);
    if (app) joined.push({ from: Math.min(app.from, modifier.from), to: Math.max(app.to, modifier.to) });
  }
  if (joined.length === 0) return hits;
  // Every word of the pair goes into it ("другом мессенджере" is no Facebook Messenger); a verb glued in stays.
  const inside = (hit: TermHit) => joined.some((pair) => hit.from >= pair.from && hit.to <= pair.to && !VERBS.has(hit.slot));
  const kept = hits.filter((hit) => !inside(hit));
  for (const pair of joined) kept.push({ from: pair.from, to: pair.to, slot: 'elsewhere' });
  return kept.sort((a, b) => a.from - b.from || b.to - a.to);
}

/** The app word a few characters after the modifier at `index` (hits are sorted: stop once past the gap). */
function appAfter(text: string, hits: readonly TermHit[], index: number): TermHit | undefined {
  const modifier = hits[index]!;
  for (let next = index + 1; next < hits.length && hits[next]!.from - modifier.to <= MAX_GAP; next += 1) {
    const hit = hits[next]!;
    if (hit.from >= modifier.to && isApp(text, hit) && LINK.test(text.slice(modifier.to, hit.from))) return hit;
  }
  return undefined;
}

/** The app word right before the modifier at `index`, one or two spaces away. */
function appBefore(text: string, hits: readonly TermHit[], index: number): TermHit | undefined {
  const modifier = hits[index]!;
  for (let previous = index - 1; previous >= 0 && modifier.from - hits[previous]!.from <= MAX_GAP * 4; previous -= 1) {
    const hit = hits[previous]!;
    if (hit.slot === 'appWord' && hit.to <= modifier.from && SPACES.test(text.slice(hit.to, modifier.from))) return hit;
  }
  return undefined;
}
