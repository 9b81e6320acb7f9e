import { asksIdNumber } from '../intent/asksIdNumber.js';
import { channelTermsOf } from '../intent/channelTerms.js';
import { findClauseIntents } from '../intent/findClauseIntents.js';
import { integratorPlatformReader } from '../intent/integratorPlatforms.js';
import { isArrivalCall } from '../intent/invitationReadings.js';
import { isRuleTalk } from '../intent/isRuleTalk.js';
import { createPhraseSet } from '../intent/phraseSet.js';
import type { TermHit } from '../intent/termHit.js';
import { matchFromView, type RecognizerFactory } from '../recognizer.js';
import { alternation } from '../text/alternation.js';
import type { ContactMatch } from '../types.js';

// "call me Ana", "you can call me crazy": naming, not an invitation to phone.
const NAMING_AFTER_CALL_ME =
  /^\s{1,3}(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tomorrow|Today|Tonight|Now|Later|Asap|ASAP|Anytime|When|If|On|At|Back|Please|Pls|Maybe|After|Before|Once|Whenever|Any)(?![\p{L}]))\p{Lu}\p{Ll}{1,20}(?![\p{L}])|(?:crazy|old[-\s]fashioned|paranoid|picky|lazy|biased|a\s{1,2}(?:perfectionist|nerd|geek|fan))(?![\p{L}]))/u;
const CALL_ME = /^call\s{1,3}me$/i;

/**
 * Finds invitations to leave the platform without concrete details ("let's continue on
 * WhatsApp", "what's your number?", "escríbeme al WhatsApp", "jak coś to dzwoń"), in every covered
 * language, read at clause level from the lexicons (see intent/findClauseIntents.ts), plus the
 * integrator's own `intentPhrases`. Refusals, questions about the rule, deferrals ("once the
 * contract starts"), on-platform requests ("text me here") and a delivery's call ("call me when
 * you arrive") are skipped.
 *
 * @example
 * ```ts
 * composeDetector([createIntentRecognizer]).detect("let's continue on WhatsApp");
 * // [{ kind: 'intent', text: "continue on WhatsApp", ... }]
 * ```
 *
 * @group Recognizers
 */
export const createIntentRecognizer: RecognizerFactory = (options) => {
  const custom = options.intentPhrases
    .filter((phrase) => /^\p{L}/u.test(phrase))
    .map((phrase) => `${alternation([phrase], '\\s{1,3}')}${/[\p{L}\d]$/u.test(phrase) ? '(?![\\p{L}\\d])' : ''}`);
  // Integrator phrases are trusted as written; without any, no phrase pass runs.
  const phrases = custom.length > 0 ? createPhraseSet(custom) : undefined;
  const withIntegratorPlatforms = integratorPlatformReader(options.platforms);

  return {
    kinds: ['intent'],
    scan(context) {
      const view = context.folded;
      const text = view.text;
      const matches: ContactMatch[] = [];
      const lexiconTerms = channelTermsOf(view);
      const terms = withIntegratorPlatforms ? withIntegratorPlatforms(text, lexiconTerms) : lexiconTerms;
      // A scam warning quotes the invitation it warns about: "someone asked me to move to Telegram, is that a scam?"
      if (terms.some((term) => term.slot === 'warning')) return [];
      for (const hit of phrases?.find(text) ?? []) {
        if (isRuleTalk(text, hit.from, hit.to) || isArrivalCall(text, hit.from, hit.to, terms)) continue;
        const platform = platformWithin(terms, hit.from, hit.to);
        matches.push(matchFromView(view, hit.from, hit.to, { kind: 'intent', confidence: 0.8, ...(platform ? { platform } : {}) }));
      }
      // Clause-level reading, every language: a channel with a contact verb, a request or a question.
      for (const intent of findClauseIntents(text, terms)) {
        if (isRuleTalk(text, intent.from, intent.to, { negation: intent.negationRead, here: intent.destination }) || isArrivalCall(text, intent.from, intent.to, terms)) continue;
        // ("minta nomor wa kamu": the app named inside the detail asked for.)
        const platform = intent.platform ?? platformWithin(terms, intent.from, intent.to);
        if (!platform && asksIdNumber(text, intent.from, intent.to)) continue;
        if (CALL_ME.test(text.slice(intent.from, intent.to)) && NAMING_AFTER_CALL_ME.test(text.slice(intent.to, intent.to + 40))) continue;
        matches.push(
          matchFromView(view, leadingWords(text, terms, intent.from), intent.to, {
            kind: 'intent',
            // A named app makes the invitation concrete.
            confidence: platform ? 0.7 : 0.6,
            ...(platform ? { platform } : {}),
          }),
        );
      }
      return dropContained(matches);
    },
  };
};

// Words that open an invitation: "let's", "can we", "why don't we", "me" in "me chama no zap".
const LEADING = new Set<TermHit['slot']>(['suggest', 'why', 'have', 'me', 'negation']);
const LEADING_GAP = /^[\s'’]{0,3}$/u;
const MAX_LEADING = 3;

/** Where an invitation starts once the words that open it are taken in ("let's continue on WhatsApp", not "continue on WhatsApp"). */
function leadingWords(text: string, terms: readonly TermHit[], from: number): number {
  let start = from;
  for (let step = 0; step < MAX_LEADING; step += 1) {
    const before = terms.find((term) => LEADING.has(term.slot) && term.to <= start && LEADING_GAP.test(text.slice(term.to, start)));
    if (!before) break;
    start = before.from;
  }
  return start;
}

/** The app named inside a span ("join my discord server", "nomor wa"), if any. */
function platformWithin(terms: readonly TermHit[], from: number, to: number): string | undefined {
  // (not a word that is also the request: "whats your number" names no app.)
  const isRequest = (term: TermHit) => terms.some((other) => other.slot === 'ask' && other.from === term.from && other.to === term.to);
  return terms.find((term) => term.slot === 'platform' && term.platform !== undefined && term.from >= from && term.to <= to && !isRequest(term))?.platform;
}

/** Several readings can claim one invitation ("let's talk on WhatsApp" inside a longer one): keep the outermost. */
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
