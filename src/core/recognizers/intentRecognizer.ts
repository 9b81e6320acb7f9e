import { channelTermsOf } from '../intent/channelTerms.js';
import { SKILL_NOUN_AFTER } from '../intent/contactWords.js';
import { findClauseIntents } from '../intent/findClauseIntents.js';
import { asksIdNumber } from '../intent/asksIdNumber.js';
import { INTENT_PHRASES } from '../intent/intentPhrases.js';
import { isRuleTalk } from '../intent/isRuleTalk.js';
import { createPhraseSet, type PhraseHit } from '../intent/phraseSet.js';
import { MESSAGING_PLATFORMS } from '../platforms/messagingPlatforms.js';
import { matchFromView, type RecognizerFactory } from '../recognizer.js';
import { alternation } from '../text/alternation.js';
import type { ContactMatch } from '../types.js';

// Apps the messaging table doesn't list but people still move conversations to.
const EXTRA_APPS: ReadonlyArray<{ id: string; names: readonly string[] }> = [
  // Not "whats": "whats your number" is a question, not WhatsApp.
  { id: 'whatsapp', names: ['wasap', 'watsap', 'whatsapp call'] },
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

// Channels that are not an app of their own: a valid slot, reported without a platform.
const CHANNELS = [
  'private chat', 'private', 'dm', 'dms', 'pm', 'direct message', 'personal email', 'number', 'text', 'sms', 'phone',
  'cell phone', 'outlook', 'celular', 'telefone', 'telefono', 'teléfono', 'handy', 'telepon', 'telpon', 'correo',
];
const CHANNEL_IDS = new Set(['email', 'phone']);
const MAX_NAME_WORDS = 3;

// After a platform name: skills talk ("WhatsApp API") or a number ("line 42") means it isn't one.
const NOT_A_PLATFORM_AFTER = new RegExp(`${SKILL_NOUN_AFTER}|\\s{0,2}\\d`, 'iuy');

// "call me Ana", "you can call me crazy": naming, not an invitation to phone.
const NAMING_AFTER_CALL_ME =
  /^\s{1,3}(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tomorrow|Today|Tonight|Now|Later|Asap|ASAP|Anytime|When|If|On|At|Back|Please|Pls|Maybe|After|Before|Once|Whenever|Any)(?![\p{L}]))\p{Lu}\p{Ll}{1,20}(?![\p{L}])|(?:crazy|old[-\s]fashioned|paranoid|picky|lazy|biased|a\s{1,2}(?:perfectionist|nerd|geek|fan))(?![\p{L}]))/u;
const CALL_ME = /^call\s{1,3}me$/i;
const WORDS = /[\p{L}\d'’-]+/gu;

/**
 * Finds invitations to leave the platform without concrete details ("let's continue on
 * WhatsApp", "what's your number?", "escríbeme al WhatsApp", "ruf mich an"), in English, Spanish,
 * Portuguese, French, German, Italian and Indonesian. Refusals, questions about the rule,
 * deferrals ("once the contract starts") and on-platform requests ("text me here") are skipped.
 *
 * @example
 * ```ts
 * composeDetector([createIntentRecognizer]).detect("let's continue on WhatsApp");
 * // [{ kind: 'intent', text: "let's continue on WhatsApp", ... }]
 * ```
 *
 * @group Recognizers
 */
export const createIntentRecognizer: RecognizerFactory = (options) => {
  const apps = [...MESSAGING_PLATFORMS, ...EXTRA_APPS, ...options.platforms];
  // Keyed without spaces: "whats app" may be typed "whatsapp" and the other way round.
  const platformByName = new Map<string, string | undefined>(CHANNELS.map((name) => [compact(name), undefined]));
  for (const app of apps) for (const name of app.names) platformByName.set(compact(name), CHANNEL_IDS.has(app.id) ? undefined : app.id);
  const custom = options.intentPhrases
    .filter((phrase) => /^\p{L}/u.test(phrase))
    .map((phrase) => `${alternation([phrase], '\\s{1,3}')}${/[\p{L}\d]$/u.test(phrase) ? '(?![\\p{L}\\d])' : ''}`);
  const phrases = createPhraseSet([...INTENT_PHRASES, ...custom]);

  /** The platform name at the start of a slot ("WhatsApp tomorrow" → "WhatsApp"), longest first. */
  const readName = (text: string, slot: { from: number; to: number }) => {
    const words = [...text.slice(slot.from, slot.to).matchAll(WORDS)];
    for (let count = Math.min(MAX_NAME_WORDS, words.length); count >= 1; count -= 1) {
      const key = compact(words.slice(0, count).map((word) => word[0]).join(''));
      if (!platformByName.has(key)) continue;
      const last = words[count - 1]!;
      return { end: slot.from + last.index + last[0].length, platform: platformByName.get(key) };
    }
    return undefined;
  };

  /** Where the invitation ends and which app it names, or undefined when the slot holds no platform. */
  const resolve = (text: string, hit: PhraseHit): { to: number; platform: string | undefined } | undefined => {
    if (!hit.slot) return { to: hit.to, platform: namedIn(text.slice(hit.from, hit.to)) };
    const name = readName(text, hit.slot);
    // A phrase that goes on after the slot ("do you have WhatsApp?") needs the whole slot to be the name.
    if (!name || (hit.to > hit.slot.to && name.end !== hit.slot.to)) return undefined;
    NOT_A_PLATFORM_AFTER.lastIndex = name.end;
    if (NOT_A_PLATFORM_AFTER.test(text)) return undefined;
    return { to: hit.to > hit.slot.to ? hit.to : name.end, platform: name.platform };
  };

  /** An app named anywhere in a phrase without a slot ("send me your WhatsApp"). */
  const namedIn = (phrase: string): string | undefined => {
    const words = [...phrase.matchAll(WORDS)].map((word) => word[0]);
    let found: string | undefined;
    for (let start = 0; start < words.length; start += 1) {
      for (let count = 1; count <= MAX_NAME_WORDS && start + count <= words.length; count += 1) {
        const platform = platformByName.get(compact(words.slice(start, start + count).join('')));
        if (platform) found = platform;
      }
    }
    return found;
  };

  return {
    kinds: ['intent'],
    scan(context) {
      const view = context.folded;
      const text = view.text;
      const matches: ContactMatch[] = [];
      const terms = channelTermsOf(view);
      // A scam warning quotes the invitation it warns about: "someone asked me to move to Telegram, is that a scam?"
      if (terms.some((term) => term.slot === 'warning')) return [];
      for (const hit of phrases.find(text)) {
        const resolved = resolve(text, hit);
        if (!resolved || isRuleTalk(text, hit.from, resolved.to)) continue;
        if (!resolved.platform && asksIdNumber(text, hit.from, resolved.to)) continue;
        if (CALL_ME.test(text.slice(hit.from, resolved.to)) && NAMING_AFTER_CALL_ME.test(text.slice(resolved.to, resolved.to + 40))) continue;
        const isCustom = hit.phrase >= INTENT_PHRASES.length;
        matches.push(
          matchFromView(view, hit.from, resolved.to, {
            kind: 'intent',
            // A named app makes the invitation concrete; integrator phrases are trusted as written.
            confidence: isCustom ? 0.8 : resolved.platform ? 0.75 : 0.65,
            ...(resolved.platform ? { platform: resolved.platform } : {}),
          }),
        );
      }
      // Clause-level reading, every language: a channel with a contact verb, a request or a question.
      for (const intent of findClauseIntents(text, terms)) {
        if (isRuleTalk(text, intent.from, intent.to, { negation: intent.negationRead, here: intent.destination })) continue;
        if (!intent.platform && asksIdNumber(text, intent.from, intent.to)) continue;
        if (CALL_ME.test(text.slice(intent.from, intent.to)) && NAMING_AFTER_CALL_ME.test(text.slice(intent.to, intent.to + 40))) continue;
        matches.push(
          matchFromView(view, intent.from, intent.to, {
            kind: 'intent',
            confidence: intent.platform ? 0.7 : 0.6,
            ...(intent.platform ? { platform: intent.platform } : {}),
          }),
        );
      }
      return dropContained(matches);
    },
  };
};

function compact(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '');
}

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
