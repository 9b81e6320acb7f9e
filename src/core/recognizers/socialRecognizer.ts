import { channelTermsOf } from '../intent/channelTerms.js';
import { quotedSpans } from '../intent/quotedSpans.js';
import { isInside } from '../intent/spanSearch.js';
import type { NormalizedText } from '../normalizedText.js';
import { findHandlesNearNames } from '../platforms/findHandlesNearNames.js';
import { findSameAsHereHandles } from '../platforms/findSameAsHereHandles.js';
import { withSpelledPlatformNames } from '../platforms/findSpelledPlatformNames.js';
import { HANDLE_PLATFORMS, MESSAGING_PLATFORMS } from '../platforms/messagingPlatforms.js';
import { alternation } from '../text/alternation.js';
import { matchFromView, type RecognizerFactory } from '../recognizer.js';
import type { ContactMatch } from '../types.js';

/** Right after a handle: an "@" and a domain's first character, so the handle was an address's local part. */
const LOCAL_PART_END = /^@[\p{L}\d]/u;

// Words that follow a platform name in skills talk or prose, never handles: "Telegram bot".
const NOT_HANDLES = new Set([
  'is', 'me', 'the', 'a', 'an', 'and', 'or', 'to', 'for', 'with', 'on', 'in', 'at', 'it', 'id', 'my', 'your', 'bot',
  'bots', 'api', 'apis', 'ads', 'ad', 'app', 'apps', 'group', 'groups', 'channel', 'account', 'integration', 'sdk',
  'business', 'please', 'pls', 'thanks', 'ok', 'okay', 'yes', 'no', 'call', 'calls', 'chat', 'number', 'handle',
  'username', 'name', 'user', 'profile', 'page', 'link', 'too', 'also', 'instead', 'now', 'later', 'there', 'here',
  'that', 'this', 'if', 'so', 'but', 'because', 'ya', 'yeah', 'same', 'mine', 'was', 'has', 'had', 'will', 'can',
  'got', 'does', 'did', 'still', 'just', 'very', 'really', 'not', 'always', 'never', 'more', 'less',
  // "my Skype is broken", "my line is busy": the state of an account, not its name.
  'busy', 'broken', 'down', 'fine', 'good', 'great', 'bad', 'off', 'dead', 'blocked', 'banned', 'open', 'full',
  'private', 'public', 'new', 'old', 'active', 'inactive', 'offline', 'online', 'hacked', 'gone', 'deleted',
  'working', 'free', 'available', 'unavailable', 'limited', 'restricted', 'suspended', 'verified', 'disabled',
  'better', 'best', 'different', 'weak', 'strong', 'slow', 'fast', 'empty', 'closed', 'locked', 'set', 'ready',
  // "Instagram auto-reply", "WhatsApp follow-up messages": hyphenated words of the trade, shaped like handles.
  'auto-reply', 'auto-replies', 'follow-up', 'follow-ups', 'check-in', 'sign-up', 'opt-in', 'add-on', 'add-ons',
  'plug-in', 'pop-up', 'e-commerce', 'chat-bot', 'auto-post', 'auto-posting', 'drop-shipping', 'lead-gen',
]);
// Platform names that are everyday words ("my line is …", "the signal is weak"): a word after
// them counts only if it looks like a handle (a digit, "_", "." or "@").
const WORD_NAMES = new Set(['line', 'snap', 'signal', 'x', 'zap', 'wa', 'kik']);

/**
 * Finds handles written next to a platform's name: "telegram: @ana_b", "my ig is ana.designs",
 * "@ana_b on telegram", "skype live:ana", "discord: ana#1234". Not every "@word": "@Maria thanks!"
 * has no platform. Profile links (wa.me/…, t.me/…) are found by the url recognizer.
 *
 * @example
 * ```ts
 * composeDetector([createSocialRecognizer]).detect('telegram: @ana_b');
 * // [{ kind: 'social', text: 'telegram: @ana_b', platform: 'telegram', ... }]
 * ```
 *
 * @group Recognizers
 */
export const createSocialRecognizer: RecognizerFactory = (options) => {
  const platforms = [
    ...MESSAGING_PLATFORMS.filter((platform) => HANDLE_PLATFORMS.has(platform.id)),
    ...options.platforms.map((platform) => ({ id: platform.id, names: platform.names })),
  ];
  const platformByName = new Map(platforms.flatMap((platform) => platform.names.map((name) => [name.toLowerCase(), platform.id] as const)));
  const names = alternation(platformByName.keys(), '\\s{0,2}');
  const HANDLE = "(live:\\.?[\\p{L}\\d._-]{2,40}|@?[\\p{L}\\d][\\p{L}\\d._-]{1,31}(?:#\\d{4})?)";

  // "telegram: @ana", "skype id - ana.b", "my ig is ana.designs", "find me on insta as @ana".
  // After a bare "is"/"as"/"at" the handle must look like one ("Telegram is fine" is prose)
  // unless a possessive says whose account it is ("my telegram is anab").
  // The characters a match can start with (a name's first, or the "m" of "my"), looked for before
  // the lookbehind: V8 tries a leading lookbehind at every position, slowly outside ASCII.
  const starts = [...new Set([...platformByName.keys(), 'my'].map((name) => String.fromCodePoint(name.codePointAt(0) ?? 32)))];
  const LEAD = starts.some((char) => /\s/.test(char)) ? '' : `(?=[${starts.map((char) => char.replace(/[\\\][^-]/g, '\\$&')).join('')}])`;
  const NAME_THEN_HANDLE = new RegExp(
    `${LEAD}(?<![\\p{L}\\d])(my\\s{1,2})?(${names})(\\s{1,2}(?:id|handle|username|user|name|account|acct))?\\s{0,2}(:|=|-|→|\\bis\\b|\\bas\\b|\\bat\\b)?\\s{0,2}${HANDLE}`,
    'giu',
  );
  // "@ana_b on telegram", "ana_b on insta" (an @ is required without a separator).
  const HANDLE_THEN_NAME = new RegExp(
    `(@[\\p{L}\\d._-]{2,32})\\s{1,2}(?:on|in|at|via|@|\\()\\s{0,2}(${names})(?![\\p{L}\\d])`,
    'giu',
  );
  // "skype live:ana.b" and "live:.cid.123": a Skype id even without the name.
  const SKYPE_LIVE = /(?<![\p{L}\d])live:\.?[\p{L}\d._-]{2,40}/giu;
  // "my telegram @ana_b" — name directly followed by an @handle.
  const NAME_AT_HANDLE = new RegExp(`${LEAD}(?<![\\p{L}\\d])(${names})\\s{1,2}(@[\\p{L}\\d._-]{2,32})`, 'giu');

  // "The interview will be on Telegram, add me: @dmitri_hr": an @handle shortly after a platform's
  // name in the same sentence. Greetings and thanks ("thanks @Maria") are not handles to move to.
  const AT_HANDLE = /(?<![\p{L}\d@._-])@[\p{L}\d][\p{L}\d._-]{1,31}/gu;
  const PLATFORM_NAME = new RegExp(`(?<![\\p{L}\\d])(${names})(?![\\p{L}\\d])`, 'giu');
  const GREETING_BEFORE = /(?:thanks|thank you|thx|hi|hey|hello|dear|cc|for|with|and|,)\s{0,2}$/i;
  const platformBefore = (text: string, at: number): string | undefined => {
    const window = text.slice(Math.max(0, at - 60), at);
    const sentence = window.slice(Math.max(window.lastIndexOf('.'), window.lastIndexOf('!'), window.lastIndexOf('?'), window.lastIndexOf('\n')) + 1);
    if (GREETING_BEFORE.test(sentence)) return undefined;
    let last: string | undefined;
    for (const found of sentence.matchAll(PLATFORM_NAME)) last = found[1];
    return last;
  };

  const accept = (view: NormalizedText, from: number, to: number, platformName: string, handle: string, matches: ContactMatch[]) => {
    const bare = handle.replace(/^@/, '');
    if (!handle.startsWith('@') && !handle.startsWith('live:') && NOT_HANDLES.has(bare.toLowerCase())) return;
    if (/^\d{1,6}$/.test(bare)) return;
    const platform = platformByName.get(platformName.toLowerCase().replace(/\s+/g, ' '));
    matches.push(matchFromView(view, from, to, { kind: 'social', value: bare, confidence: handle.startsWith('@') ? 0.85 : 0.75, ...(platform ? { platform } : {}) }));
  };

  return {
    kinds: ['social'],
    scan(context) {
      const view = context.folded;
      const text = view.text;
      const matches: ContactMatch[] = [];
      for (const found of text.matchAll(NAME_THEN_HANDLE)) {
        const [whole, possessive, platformName, label, separator, handle] = found as unknown as string[];
        const looksLikeHandle = /[@._\d]/.test(handle!.replace(/\.$/, ''));
        // "wechat id ana_b" needs no separator after an id label; "telegram channel" is no handle.
        if (!separator && !/^\s{0,2}(?:id|handle|username)$/i.test(label ?? '') && !/#\d{4}$/.test(handle!)) continue;
        // "WhatsApp-Kundenservice", "Telegram-Bots": a compound word, not a name and a handle.
        if (separator === '-' && !/\s/.test(whole!) && !looksLikeHandle) continue;
        const wordSeparator = !separator || /^[a-z]/i.test(separator);
        if (wordSeparator && !possessive && !label && !looksLikeHandle) continue;
        if (wordSeparator && !looksLikeHandle && WORD_NAMES.has(platformName!.toLowerCase()) && !label) continue;
        const start = found.index + (possessive?.length ?? 0);
        const trimmed = whole!.replace(/\.+$/, '');
        accept(view, start, found.index + trimmed.length, platformName!, handle!.replace(/\.+$/, ''), matches);
      }
      // The passes below each match a literal "@" (or "live:"): a text without one skips them.
      if (text.includes('@')) {
        for (const found of text.matchAll(NAME_AT_HANDLE)) {
          accept(view, found.index, found.index + found[0].length, found[1]!, found[2]!, matches);
        }
        for (const found of text.matchAll(HANDLE_THEN_NAME)) {
          accept(view, found.index, found.index + found[0].length, found[2]!, found[1]!, matches);
        }
        for (const found of text.matchAll(AT_HANDLE)) {
          const platformName = platformBefore(text, found.index);
          if (platformName) accept(view, found.index, found.index + found[0].length, platformName, found[0], matches);
        }
      }
      if (text.includes(':')) {
        for (const found of text.matchAll(SKYPE_LIVE)) {
          accept(view, found.index, found.index + found[0].length, 'skype', found[0], matches);
        }
      }
      // Every language: handles after a platform's name or its "id" label, page names, "look me up".
      const namedTerms = withSpelledPlatformNames(text, channelTermsOf(view));
      for (const near of findHandlesNearNames(text, namedTerms, NOT_HANDLES)) {
        matches.push(
          matchFromView(view, near.from, near.to, {
            kind: 'social',
            value: near.value,
            confidence: near.searched ? 0.65 : 0.75,
            ...(near.platform ? { platform: near.platform } : {}),
          }),
        );
      }
      // "my insta is the same as my name here", "ラ イ ン、ここと同じ名前": an account named without its handle.
      for (const same of findSameAsHereHandles(text, namedTerms)) {
        matches.push(matchFromView(view, same.from, same.to, { kind: 'social', confidence: 0.6, ...(same.platform ? { platform: same.platform } : {}) }));
      }
      // "telegram: ana.bauer@gmail.com": what stops at an "@domain" is an address's local part, not a
      // handle; the email recognizer claims the whole address (a handle there would leave the domain
      // unmasked).
      const handles = matches.filter((match) => !LOCAL_PART_END.test(context.original.slice(match.end, match.end + 2)));
      // A handle quoted in a scam warning ("find me on telegram as crypto_admin" — it is a scam) is not shared.
      const terms = channelTermsOf(view);
      if (!terms.some((term) => term.slot === 'warning')) return handles;
      const quotes = quotedSpans(text);
      const original = quotes.map((quote) => view.toOriginal(quote.from, quote.to)).map(({ start, end }) => ({ from: start, to: end }));
      return handles.filter((match) => !isInside(original, match.start, match.end));
    },
  };
};
