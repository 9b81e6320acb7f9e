import { END, NOT_SKILL, PLATFORM_DETERMINER } from '../intent/contactWords.js';
import { buildIntentPhrases } from '../intent/intentPhrases.js';
import { isRuleTalk } from '../intent/isRuleTalk.js';
import { createPhraseSet } from '../intent/phraseSet.js';
import { MESSAGING_PLATFORMS } from '../platforms/messagingPlatforms.js';
import { matchFromView, type RecognizerFactory } from '../recognizer.js';
import { alternation } from '../text/alternation.js';
import type { ContactMatch } from '../types.js';
import { execAll } from '../intent/execAll.js';

// Apps the messaging table doesn't list but people still move conversations to.
const EXTRA_APPS: ReadonlyArray<{ id: string; names: readonly string[] }> = [
  { id: 'whatsapp', names: ['wasap', 'whats', 'watsap', 'whatsapp call'] },
  { id: 'slack', names: ['slack'] },
  { id: 'google-chat', names: ['google chat', 'hangouts', 'google hangouts'] },
  { id: 'webex', names: ['webex'] },
  { id: 'whereby', names: ['whereby'] },
  { id: 'jitsi', names: ['jitsi'] },
  { id: 'threema', names: ['threema'] },
  { id: 'kakaotalk', names: ['kakaotalk', 'kakao'] },
  { id: 'zalo', names: ['zalo'] },
  { id: 'imo', names: ['imo'] },
];

// Channels that are not an app of their own: reported without a platform.
const CHANNELS = [
  'private chat', 'private', 'dm', 'dms', 'pm', 'direct message', 'personal email', 'my number', 'number', 'text', 'sms',
  'phone', 'cell phone', 'outlook', 'celular', 'telefone', 'tel[eé]fono', 'handy', 'telepon', 'telpon', 'correo',
];
const CHANNEL_IDS = new Set(['email', 'phone']);

// Names that are also ordinary words: "line 42", "x 3" are not apps.
const NOT_FOLLOWED_BY_NUMBER = '(?!\\s{0,2}\\d)';

// "call me Ana", "you can call me crazy": naming, not an invitation to phone.
const NAMING_AFTER_CALL_ME =
  /^\s{1,3}(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tomorrow|Today|Tonight|Now|Later|Asap|ASAP|Anytime|When|If|On|At|Back|Please|Pls|Maybe|After|Before|Once|Whenever|Any)(?![\p{L}]))\p{Lu}\p{Ll}{1,20}(?![\p{L}])|(?:crazy|old[-\s]fashioned|paranoid|picky|lazy|biased|a\s{1,2}(?:perfectionist|nerd|geek|fan))(?![\p{L}]))/u;

/**
 * Finds invitations to leave the platform without concrete details ("let's continue on
 * WhatsApp", "what's your number?", "escríbeme al WhatsApp", "ruf mich an"), in English, Spanish,
 * Portuguese, French, German, Italian and Indonesian. Refusals, questions about the rule,
 * deferrals ("once the contract starts") and on-platform requests ("text me here") are skipped.
 */
export const createIntentRecognizer: RecognizerFactory = (options) => {
  const apps = [...MESSAGING_PLATFORMS, ...EXTRA_APPS, ...options.platforms];
  const names = alternation(
    apps.flatMap((app) => app.names.map((name) => name.toLowerCase())),
    '\\s{0,2}',
  );
  // Keyed without spaces: "whats app" may be typed "whatsapp" and the other way round.
  const platformByName = new Map(apps.flatMap((app) => app.names.map((name) => [name.toLowerCase().replace(/\s+/g, ''), app.id] as const)));
  const platform = `${PLATFORM_DETERMINER}(?:${names}|${CHANNELS.join('|').replace(/ /g, '\\s{1,2}')})${END}${NOT_SKILL}${NOT_FOLLOWED_BY_NUMBER}`;
  const builtIn = buildIntentPhrases(platform);
  // Integrator phrases are literal text; their words may be separated by any run of spaces.
  const custom = options.intentPhrases
    .filter((phrase) => /^\p{L}/u.test(phrase))
    .map((phrase) => `${alternation([phrase], '\\s{1,3}')}${/[\p{L}\d]$/u.test(phrase) ? END : ''}`);
  const phrases = createPhraseSet([...builtIn, ...custom]);
  const NAME = new RegExp(`(?<![\\p{L}\\d])(?:${names})${END}`, 'giu');

  const platformIn = (text: string): string | undefined => {
    let found: string | undefined;
    for (const name of execAll(NAME, text)) {
      const id = platformByName.get(name[0].toLowerCase().replace(/\s+/g, ''));
      if (id && !CHANNEL_IDS.has(id)) found = id;
    }
    return found;
  };

  return {
    kinds: ['intent'],
    scan(context) {
      const view = context.folded;
      const text = view.text;
      const matches: ContactMatch[] = [];
      const platformOf = new Map<string, string | undefined>(); // the same phrase is often repeated
      for (const hit of phrases.find(text)) {
        if (isRuleTalk(text, hit.from, hit.to)) continue;
        const phrase = text.slice(hit.from, hit.to);
        if (/^call\s{1,3}me$/i.test(phrase) && NAMING_AFTER_CALL_ME.test(text.slice(hit.to, hit.to + 40))) continue;
        const custom = hit.phrase >= builtIn.length;
        const key = phrase.toLowerCase();
        if (!platformOf.has(key)) platformOf.set(key, platformIn(phrase));
        const named = platformOf.get(key);
        matches.push(
          matchFromView(view, hit.from, hit.to, {
            kind: 'intent',
            // A named app makes the invitation concrete; integrator phrases are trusted as written.
            confidence: custom ? 0.8 : named ? 0.75 : 0.65,
            ...(named ? { platform: named } : {}),
          }),
        );
      }
      return dropContained(matches);
    },
  };
};

/** Several phrases can claim one invitation ("let's talk on WhatsApp" inside a longer one): keep the outermost. */
function dropContained(matches: ContactMatch[]): ContactMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ContactMatch[] = [];
  for (const match of sorted) {
    const last = kept[kept.length - 1];
    if (last && match.end <= last.end) continue;
    kept.push(match);
  }
  return kept;
}
