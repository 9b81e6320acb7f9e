import { ID_CUES } from '../lexicon/idCues.js';
import { PLATFORM_NAMES_THAT_ARE_WORDS } from '../lexicon/platformNames.js';
import { SKILL_NOUN_AFTER } from './contactWords.js';
import type { TermHit } from './channelTerms.js';
import { quotedSpans } from './quotedSpans.js';
import { type Clause, readClauses } from './readClauses.js';
import { addressesWriter, readStandingOffer } from './invitationReadings.js';
import { isInside, lastBefore } from './spanSearch.js';

/** An invitation read from one clause: its span and the app it names, if any. */
export interface ClauseIntent {
  from: number;
  to: number;
  platform: string | undefined;
  /** The clause's negation was read as part of a proposal or a rhetorical question, not a refusal. */
  negationRead: boolean;
  /** The invitation names where to go (an app, "outside the app"). */
  destination: boolean;
  /** Read from an app the writer prefers ("I'm more active on Signal"), which the next clause may go on with. */
  prefers?: boolean;
}

// Channels that are not places to move to by themselves: an email or phone is asked for, not joined.
const SKILL_AFTER = new RegExp(SKILL_NOUN_AFTER, 'iuy');
// "Telegram-Bots", "WhatsApp-Kundenservice": a name inside a compound is a topic (not "appelle-moi": a pronoun).
const COMPOUND_AFTER = /-(?!(?:moi|me|nous|toi|mi)(?![\p{L}]))[\p{L}]/uy;
// The same after a name in unspaced scripts: "抖音短视频剪辑", "LINEスタンプ".
const UNSPACED_SKILL_AFTER = /(?:代运营|运营|短视频|剪辑|推广|广告|小程序|公众号|直播间|的?开发|机器人|スタンプ|広告|マーケ|運用|開発|ボット)/y;
const NEGATION_REACH = 14;
const TOPICAL = new Set<TermHit['slot']>(['platform', 'detail', 'weakDetail', 'call']);

/**
 * Off-platform intent read at clause level, in every covered language: a channel (an app's name,
 * "outside the site", "your number") together with a contact or move verb, a request to hand a
 * detail over, or a question ("tens telegram?"). Fixed phrases are not needed: the lexicons say
 * which words are channels and which are verbs. Left alone: clauses about the rule, scam warnings,
 * quotes, refusals, the platform itself ("here"), and apps named as a topic ("WhatsApp API").
 */
export function findClauseIntents(text: string, hits: readonly TermHit[]): ClauseIntent[] {
  if (hits.length === 0) return [];
  // A message that warns about a scam quotes the invitation it warns about.
  if (hits.some((hit) => hit.slot === 'warning')) return [];
  const quotes = quotedSpans(text);
  const inQuote = (hit: TermHit) => isInside(quotes, hit.from, hit.to);
  const intents: ClauseIntent[] = [];
  const clauses = readClauses(text, hits);
  let sentenceStart = 0;
  let sentenceFound = false;
  // "I'm more active on Signal, ping me there": an app named in an earlier clause is where "there" points
  // (read only when no invitation was found before it: one is enough).
  let appNamed = false;
  for (let index = 0; index < clauses.length; index += 1) {
    const clause = clauses[index]!;
    const previous = intents[intents.length - 1];
    const afterPreference = previous?.prefers === true && previous.to <= clause.from && index > sentenceStart;
    const intent = clause.ruleTalk || clause.hits.length === 0 ? undefined : readClause(text, clause, inQuote, appNamed && (intents.length === 0 || afterPreference));
    // "I'm more active on Signal, ping me there": one invitation over two clauses.
    if (intent && afterPreference) intents[intents.length - 1] = { ...intent, from: previous.from, platform: intent.platform ?? previous.platform };
    else if (intent) intents.push(intent);
    appNamed ||= !clause.ruleTalk && namedApps(text, clause.hits.filter((hit) => !inQuote(hit))).length > 0;
    sentenceFound ||= intent !== undefined;
    if (!clause.endsSentence) continue;
    // A question split by a comma is read whole once its parts said nothing on their own:
    // "gibt es eine andere Möglichkeit, Sie zu kontaktieren?", "czy jest inny sposób, żeby się z Panem skontaktować?".
    if (!sentenceFound && index > sentenceStart && clause.asks && !clause.ruleTalk) {
      const parts = clauses.slice(sentenceStart, index + 1);
      const whole: Clause = { ...clause, from: parts[0]!.from, hits: parts.flatMap((part) => part.hits) };
      const joined = readClause(text, whole, inQuote, false);
      if (joined) intents.push(joined);
    }
    sentenceStart = index + 1;
    sentenceFound = false;
  }
  return intents;
}

/** The apps a clause names as apps: not a topic ("WhatsApp API"), not an everyday word without a cue, not the business's own account. */
function namedApps(text: string, clauseHits: readonly TermHit[]): TermHit[] {
  // "your phone model", "WhatsApp API": a channel word followed by a product or skill noun is a topic.
  const hits = clauseHits.filter((hit) => !(TOPICAL.has(hit.slot) && (isTopic(text, hit) || besideWork(text, hit, clauseHits))));
  // "the signal is weak, can we talk later?", "sorry for the mess": an everyday word names an app
  // only after a preposition or possessive ("on signal", "al face", "my line"), or in "face'te".
  return hits.filter((hit) => hit.slot === 'platform' && (!hit.everyday || namesAnApp(text, hit) || isMovedTo(text, hit, hits) || besideContactWord(text, hit, hits)) && !isOwnAccount(hits, hit));
}

// Nicknames that are no everyday word of their own: right after a move verb they name the app
// ("pindah wa", "pasemos a whats"), while "add line breaks" or "switch signal" stay words.
const NICKNAMES = new Set(['wa', 'whats', 'wats', 'zap', 'insta', 'ig', 'wp', 'tg', 'tele', 'zl', 'mess', 'ins']);
// ("snap?" too, answering nothing: a photo is asked for with a verb.)
const ASKED_NICKNAMES = new Set([...NICKNAMES, 'snap']);
const MOVE_GAP = /^\s{1,2}(?:(?:a|al|ao|à|pro|pra|ke|sa|qua|sang)\s{1,2})?$/u;

function isMovedTo(text: string, hit: TermHit, hits: readonly TermHit[]): boolean {
  if (!NICKNAMES.has(text.slice(hit.from, hit.to).toLowerCase())) return false;
  return hits.some((verb) => verb.slot === 'move' && verb.to <= hit.from && MOVE_GAP.test(text.slice(verb.to, hit.from)));
}

const CONTACT_SLOTS = new Set<TermHit['slot']>(['move', 'call', 'ask']);
const JUST_SPACE = /^\s{1,2}$/u;
// "mandami un wa", "envoie moi un wats", "send me a wa": a pronoun and an article may sit between.
const VERB_GAP = /^\s{1,2}(?:(?:me|moi|mi|mir|a|an|un|une|una|um|uma|ein|eine|einen)\s{1,2}){0,2}$/iu;

/** "dm ig aja", "kontak tele", "wa aja ya": a nickname that is no word, right after a contact verb or right before a proposal. */
function besideContactWord(text: string, name: TermHit, hits: readonly TermHit[]): boolean {
  // Words always ("snap the meter", "call line 2"); "tele" only after "have" (see the lexicon).
  const written = text.slice(name.from, name.to).toLowerCase();
  if (PLATFORM_NAMES_THAT_ARE_WORDS.has(written) && PLATFORM_NAMES_THAT_ARE_WORDS.get(written) === undefined) return false;
  return hits.some(
    (other) =>
      (CONTACT_SLOTS.has(other.slot) && other.to <= name.from && VERB_GAP.test(text.slice(other.to, name.from))) ||
      (other.slot === 'suggest' && other.from >= name.to && JUST_SPACE.test(text.slice(name.to, other.from))),
  );
}

function readClause(text: string, clause: Clause, inQuote: (hit: TermHit) => boolean, appNamedBefore: boolean): ClauseIntent | undefined {
  const hits = clause.hits.filter(
    (hit) => !inQuote(hit) && !(TOPICAL.has(hit.slot) && (isTopic(text, hit) || besideWork(text, hit, clause.hits))) && !isPreposition(text, clause, hit),
  );
  const platforms = namedApps(text, hits);
  // "redesign our WhatsApp": a name that is also a detail word is the business's own account too.
  const ownAccounts = hits.filter((hit) => hit.slot === 'platform' && isOwnAccount(hits, hit));
  const elsewhere = hits.filter((hit) => hit.slot === 'elsewhere');
  // "text me here" stays on the platform; "let's go to WhatsApp, here it's slow" names where to go first.
  // ("I don't want to be rude here but let's continue on WhatsApp": a "here" before a turn is another sentence's.)
  const turned = (word: TermHit) => hits.some((turn) => turn.slot === 'contrast' && turn.from >= word.to && [...platforms, ...elsewhere].some((hit) => hit.from >= turn.to && !isNegated(hit, hits)));
  const here = hits.find((hit) => hit.slot === 'here' && !turned(hit));
  if (here && ![...platforms, ...elsewhere].some((hit) => hit.from < here.from)) return undefined;
  // A question particle that is another language's "my" asks only with a "have" verb: "có zalo ko"
  // asks (vi), "nasira yung phone ko" ("my phone broke", tl) does not.
  const isAlsoLabel = (word: TermHit) => hits.some((hit) => hit.slot === 'label' && hit.from === word.from && hit.to === word.to);
  const asks = clause.asks || hits.some((hit) => hit.slot === 'question' && (!isAlsoLabel(hit) || hits.some((other) => other.slot === 'have')));
  const suggestions = hits.filter((hit) => hit.slot === 'suggest');
  // A negation inside a proposal ("if you don't mind", "не против") refuses nothing.
  const negated = hits.some((hit) => hit.slot === 'negation' && !suggestions.some((suggestion) => overlapping(hit, suggestion)));
  // "wouldn't it be easier to talk elsewhere?", "¿no sería más fácil…?": a rhetorical question, not a refusal.
  const rhetorical = asks && hits.some((hit) => hit.slot === 'easier');
  const of = (slot: TermHit['slot']) => hits.filter((hit) => hit.slot === slot && (rhetorical || !isNegated(hit, hits)));
  const move = of('move');
  const call = of('call');
  const ask = of('ask');
  const have = of('have');
  const details = [...hits.filter((hit) => hit.slot === 'detail' && !ownAccounts.some((own) => overlapping(own, hit)) && !isGluedIdNumber(text, hit)), ...weakDetails(text, hits)];
  const span = (...parts: Array<TermHit | undefined>): ClauseIntent => {
    const present = parts.filter((part): part is TermHit => part !== undefined);
    const platform = present.find((part) => part.slot === 'platform')?.platform;
    return {
      from: Math.min(...present.map((part) => part.from)),
      to: Math.max(...present.map((part) => part.to)),
      platform,
      negationRead: rhetorical || (clause.suggests && !negated),
      // ("what's the best way to contact you outside here?": an "outside" in the clause names it too.)
      destination: present.some((part) => part.slot === 'platform' || part.slot === 'elsewhere') || elsewhere.length > 0,
    };
  };
  const verb = move[0] ?? call[0] ?? ask[0] ?? of('meet')[0];
  // "saw your work on insta, so I messaged here", "liat di ig makanya chat disini": a verb right beside
  // "here" (before it, or after it at the clause's end: not "insta'dan yazsana, burası yavaş"), with
  // every app named before it, came here from the app.
  const cameHere = (hit: TermHit) => near(hit, here!, HERE_REACH) && (here!.to <= hit.from || /^[\s\p{P}]*$/u.test(text.slice(here!.to, clause.to)));
  if (here && [...move, ...call].some(cameHere) && [...platforms, ...elsewhere].every((hit) => hit.to <= here.from)) return undefined;
  // "let's continue on WhatsApp", "insta'dan dm atsana", "微信视频", "let's meet on Zoom".
  if (platforms[0] && verb && !overlapping(platforms[0], verb)) return span(platforms[0], verb);
  // "can we do the rest over Telegram?", "続きはLINEでやりませんか": the rest of the talk proposed on an app needs no verb.
  const rest = hits.find((hit) => hit.slot === 'rest');
  // ("le reste on voit sur whatsap", "the rest on zap": with the app a few words on, no proposal is needed.)
  if (platforms[0] && rest && (asks || clause.suggests || wordsBetween(text, rest, platforms[0]) <= REST_GAP_WORDS) && !negated) return span(rest, platforms[0]);
  // "…, reply there", "…, rispondimi lì", "…, そっちで返信ください": "there" is the app named before.
  const there = hits.find((hit) => hit.slot === 'there');
  const thereVerb = move[0] ?? call[0];
  if (appNamedBefore && there && thereVerb && !overlapping(there, thereVerb)) return { ...span(there, thereVerb), destination: true };
  // "tens telegram?", "masz może signala?", "カカオトークやってますか".
  // (not "do you have signal?", "¿tienes tele?": reception, a TV, the word the name also is right after that verb.)
  const haveWord = platforms[0]?.everyday === true && have[0] !== undefined && SPACE_GAP.test(text.slice(have[0].to, platforms[0].from)) && isWordAfterHave(text, platforms[0], have[0]);
  if (platforms[0] && asks && have[0] && !haveWord) return span(platforms[0], have[0]);
  // "masz messa?", "ada wa kak?", "u on sig?": a nickname asked about names the app (not a word: "do you have signal?").
  const nickname = asks && have[0] ? hits.find((hit) => hit.everyday && near(hit, have[0]!, NICKNAME_REACH) && !isWordAfterHave(text, hit, have[0]!)) : undefined;
  if (nickname) return span(nickname, have[0]);
  // "давай в вайбер", "zalo nhé": a short proposal of an app needs no verb ("maybe I'll post it on
  // Instagram" is not one: longer proposals need a contact verb).
  // ("sa viber na lang tayo": two proposal words carry a few more words.)
  if (platforms[0] && suggestions[0] && !negated && (suggestions.length > 1 ? isFairlyShort(text, clause) : isShortProposal(text, clause))) return span(platforms[0], suggestions[0]);
  // "мне удобнее в вотсапе", "Telegram is easier for me", "I'm more active on WhatsApp", "ando más en insta",
  // "LINEのほうが楽です": an app the writer finds easier or lives on is where they propose to talk. Said
  // by the writer ("me", "I") or in a clause too short to be about anything else.
  // "TikTok is better than Instagram" compares apps: with nobody moving or writing, it proposes nothing.
  const prefers = platforms[0] && hits.find((hit) => (hit.slot === 'easier' || hit.slot === 'habit') && !overlapping(hit, platforms[0]!));
  const compares = new Set(platforms.map((hit) => hit.platform)).size > 1;
  // Where the writer lives needs the writer ("I'm always on Telegram", not "my daughter is always on
  // TikTok"); "better" also reads in a short clause that puts the talk on the app ("whatsapp pe hi theek rahega").
  // ("mi hijo está siempre en tiktok": an object pronoun counts only beside the app or the word.)
  const writer =
    hits.some((hit) => hit.slot === 'self' || (hit.slot === 'me' && [platforms[0], prefers].some((other) => other && near(hit, other, WRITER_REACH)))) ||
    move[0] !== undefined;
  // Without the writer, "better" sits right by an app that is no everyday word ("melhor no zap", "whatsapp
  // daha iyi olur"; not "face to face is better", "mejor lo vi en Instagram").
  const app = platforms[0];
  const named = app !== undefined && (!app.everyday || (namesAnApp(text, app) && !TO_BEFORE.test(text.slice(Math.max(0, app.from - 4), app.from))));
  const beside = prefers !== undefined && app !== undefined && wordsBetween(text, app, prefers) <= PREFERS_GAP_WORDS && wordCount(text, clause) <= SHORT_CLAUSE_MORE_WORDS;
  const easyEnough = prefers?.slot === 'easier' && !compares && named && (have[0] !== undefined || beside);
  if (prefers && !negated && (writer || easyEnough)) return { ...span(platforms[0], prefers), prefers: true };
  // "what's your number?", "dame tu cel", "電話番号を教えて" (not "whats the price?": one word is not both).
  const request = ask[0] ?? (asks ? have[0] : undefined);
  const detail = request && details.find((hit) => !overlapping(hit, request));
  if (detail) return span(detail, request);
  // "I'll give you my number", "te paso mi número": the writer's own detail offered.
  const offers = request ?? hits.find((hit) => hit.slot === 'offer');
  const offered = offers && hits.find((hit) => hit.slot === 'weakDetail' && hits.some((own) => own.slot === 'mine' && near(own, hit, 2)) && !isIdNumber(text, hit));
  if (offered) return span(offered, offers);
  // "my WhatsApp is in my bio", "mi número está en mi perfil": a detail pointed to on the writer's profile.
  const bio = hits.find((hit) => hit.slot === 'bio');
  const pointed = bio && (details[0] ?? platforms[0] ?? hits.find((hit) => hit.slot === 'weakDetail' && hits.some((own) => own.slot === 'mine' && near(own, hit, 2)) && !isIdNumber(text, hit)));
  // (not "আপনার লিংকডইন প্রোফাইলে… দেখলাম": the other side's profile, seen.)
  const othersProfile = hits.some((hit) => hit.slot === 'yours' || hit.slot === 'seen');
  if (bio && pointed && !negated && !othersProfile && !overlapping(bio, pointed)) return span(pointed, bio);
  // "numaran ne?", "email kamu apa?", "your number?", "你电话多少？": a short question about a detail asks for it.
  // (not "whats the price?": a word that is also a request verb is not the detail asked about).
  const asked = asks && details.find((hit) => !ask.some((verb) => overlapping(hit, verb)));
  if (asked && isShort(text, clause)) return span(asked);
  // "number milega aapka?", "nomor kamu berapa?": in a short question "your" may stand a word away.
  const loose = asks && isFairlyShort(text, clause) && hits.some((hit) => hit.slot === 'yours') && hits.find((hit) => hit.slot === 'weakDetail' && !isIdNumber(text, hit));
  if (loose) return span(loose);
  // "minta nomor", "send number pls": a short request needs no "your" before the word.
  // "numara versene", "नंबर दो": the verb after the word, as these languages order it.
  const bare =
    request &&
    hits.find(
      (hit) => hit.slot === 'weakDetail' && (SPACE_GAP.test(text.slice(request.to, hit.from)) || SPACE_GAP.test(text.slice(hit.to, request.from))) && !isIdNumber(text, hit),
    );
  // ("number de do apna", "nambar do na mujhe": a "your" or "me" after the verb, as Hindi puts it, keeps the request short.)
  // (right after the verb: in "minta nomor ovo nya dong" the "nya" is the wallet's.)
  const addressed = request !== undefined && hits.some((hit) => (hit.slot === 'yours' || hit.slot === 'me') && SPACE_GAP.test(text.slice(request.to, hit.from)));
  if (bare && (isShort(text, clause) || (addressed && isFairlyShort(text, clause)))) return span(request, bare);
  // "hast du ne Nummer für mich?", "mi lasci un numero?", "got a number I can reach you on?": a number asked
  // for the writer, or one to reach them on.
  const number = asks && hits.find((hit) => hit.slot === 'weakDetail' && !isIdNumber(text, hit));
  const forMe = number && (have[0] ?? request) && hits.some((hit) => hit.slot === 'me' || hit.slot === 'self');
  if (number && forMe) return span(number, have[0] ?? request);
  // (before the number too, as Japanese and Turkish put it: "すぐ連絡取れる番号ってありますか", "ulaşabileceğim bir numara var mı")
  const reachOn = number && [...move, ...call].find((verb) => !overlapping(verb, number));
  if (number && reachOn) return span(number, reachOn);
  // "boleh minta nomor yang bisa dihubungi": a number asked for, to reach the other side on.
  const reachable = !asks && request && hits.find((hit) => hit.slot === 'weakDetail' && hit.from > request.to && !isIdNumber(text, hit));
  const reachVerb = reachable && [...move, ...call].find((verb) => verb.from > reachable.to && wordsBetween(text, reachable, verb) <= PREFERS_GAP_WORDS);
  if (reachable && reachVerb) return span(request, reachVerb);
  // "maybe we could continue by email", "¿seguimos por correo?": a detail used as the channel to talk on.
  const channel = hits.find((hit) => hit.slot === 'detail' && !move.some((other) => overlapping(hit, other)));
  if (channel && move[0] && (asks || clause.suggests)) return span(channel, move[0]);
  // "scrivimi una mail", "write me an email", "schreib mir eine Mail": the verb addressed to the writer.
  const writeMe = channel && move.find((verb) => !overlapping(verb, channel) && addressesWriter(text, verb, hits));
  if (channel && writeMe && !negated) return span(channel, writeMe);
  // "easier to talk outside the app", "Posso chiamarti direttamente?", "ib riêng".
  const away = elsewhere.find((hit) => !move.concat(call).some((other) => overlapping(hit, other)));
  if (away && (move[0] ?? call[0])) return span(away, move[0] ?? call[0]);
  // "pwede ba sa text na lang?", "Seria possível por outro meio?".
  if (away && asks && have[0]) return span(away, have[0]);
  // "if you don't mind, let's sort it out outside the app", "te parece si lo vemos por fuera".
  if (away && clause.suggests && !negated) return span(away);
  // "how can I reach you?", "wo kann ich dir schreiben?", "आपको कहाँ मैसेज करूँ?".
  const how = hits.find((hit) => hit.slot === 'how');
  const reach = move[0] ?? call[0];
  if (how && reach && (asks || hits.some((hit) => hit.slot === 'yours'))) return span(how, reach);
  // "Können wir kurz telefonieren?", "on s'appelle ?", "电话细说", "電話ください", "gọi cho anh".
  if (call[0] && (asks || move[0] || ask[0])) return span(call[0], move[0] ?? ask[0]);
  // "позвони мне", "beni ara", "मुझे कॉल करो", "tawagan mo ako": a call asked for.
  for (const caller of call) {
    const me = hits.find((other) => other.slot === 'me' && near(caller, other, ME_REACH));
    if (me && !NAMING.test(text.slice(Math.min(me.from, caller.from), Math.max(me.to, caller.to)))) return span(caller, me);
    // "llámame", "chiamami", "appelle-moi", "tawagan mo lang ako": the pronoun glued on, or a few short words away.
    if (!me && addressesWriter(text, caller, hits) && !negated) return span(caller);
  }
  // "if anything, call me", "jak coś to dzwoń", "если что звони": a standing offer to be reached.
  const offer = !negated && readStandingOffer(text, hits, call, move);
  if (offer) return span(...offer);
  // "whatsap me", "skype me", "wa aku aja": an app's name used as the verb, addressed to the writer
  // (an everyday word only at the clause's start, and never one that always is a word: "face me").
  const appAsVerb = hits.find(
    (hit) =>
      hit.slot === 'platform' &&
      !isAlwaysWord(text, hit) &&
      (!hit.everyday || text.slice(clause.from, hit.from).trim() === '') &&
      (NAME_WITH_ME.test(text.slice(hit.from, hit.to)) ||
        hits.some((me) => me.slot === 'me' && me.from >= hit.to && JUST_SPACE.test(text.slice(hit.to, me.from)) && OBJECT_AFTER_APP.has(text.slice(me.from, me.to).toLowerCase()))),
  );
  if (appAsVerb && !negated) return span(appAsVerb);
  // "WhatsApp?", "¿Telegram?", "line ok?": the app's name is the whole question.
  if (platforms[0] && asks && isBareName(text, clause, platforms[0])) return span(platforms[0]);
  // "wa?", "ig?", "snap?": a nickname that is the whole question asks for the app, though it needs a cue elsewhere.
  const nicknameAlone = asks && hits.find((hit) => hit.slot === 'platform' && ASKED_NICKNAMES.has(text.slice(hit.from, hit.to).toLowerCase()) && isBareName(text, clause, hit) && text.slice(clause.from, hit.from).trim() === '');
  if (nicknameAlone) return span(nicknameAlone);
  return undefined;
}

const ME_REACH = 4;
// Object pronouns that follow an app used as a verb (English, Indonesian, Tagalog); a dative like
// Polish "mi" is the app's subject talking ("WhatsApp mi się zawiesza": it freezes on me).
const OBJECT_AFTER_APP = new Set(['me', 'aku', 'saya', 'gue', 'gw', 'ako']);
// "V我一下": a nickname the lexicon lists with the pronoun glued on.
const NAME_WITH_ME = /我$/u;
const WRITER_REACH = 8;
const NICKNAME_REACH = 5;
const HERE_REACH = 2;
// Spaced words only: in "发票号" (invoice number) the send verb and the number word are one noun.
const SPACE_GAP = /^\s{1,2}$/u;
// "me llamo Ana", "me chamo", "mi chiamo": giving one's name, not asking for a call.
const NAMING = /^(?:me\s{1,3}(?:llamo|chamo)|mi\s{1,3}chiamo)$/iu;
const BARE_NAME_EXTRA = 4;
const NOT_COUNTED = /[\s¿?¡!.,:;'"“”()？！、。]/gu;

function isAlwaysWord(text: string, name: TermHit): boolean {
  const written = text.slice(name.from, name.to).toLowerCase();
  return PLATFORM_NAMES_THAT_ARE_WORDS.has(written) && PLATFORM_NAMES_THAT_ARE_WORDS.get(written) === undefined;
}

function isWordAfterHave(text: string, name: TermHit, have: TermHit): boolean {
  const word = PLATFORM_NAMES_THAT_ARE_WORDS.get(text.slice(name.from, name.to).toLowerCase());
  const verb = text.slice(have.from, have.to).toLowerCase();
  const matches = (form: string) => (form.endsWith('*') ? verb.startsWith(form.slice(0, -1)) : verb === form);
  return word !== undefined ? word.some(matches) : PLATFORM_NAMES_THAT_ARE_WORDS.has(text.slice(name.from, name.to).toLowerCase());
}

function near(a: TermHit, b: TermHit, reach: number): boolean {
  return (a.to <= b.from && b.from - a.to <= reach) || (b.to <= a.from && a.from - b.to <= reach);
}

const SHORT_CLAUSE_WORDS = 3;
const PREFERS_GAP_WORDS = 2;
const REST_GAP_WORDS = 3;
// "face to face": "to" before an everyday word is no cue for "better".
const TO_BEFORE = /(?:^|\s)to\s{1,3}$/iu;

function wordsBetween(text: string, a: TermHit, b: TermHit): number {
  const gap = text.slice(Math.min(a.to, b.to), Math.max(a.from, b.from)).trim();
  return gap === '' ? 0 : gap.split(/\s+/u).length;
}
// Or a few short words: "sa viber na lang tayo", "mending di wa aja".
const SHORT_CLAUSE_MORE_WORDS = 5;
const SHORT_CLAUSE_CHARS = 24;

function wordCount(text: string, clause: Clause): number {
  return text.slice(clause.from, clause.to).trim().split(/\s+/u).length;
}

// "sa viber na lang po", "x el face mejor": particles of a letter or two around the words read do not make a proposal long.
const PARTICLE = /^[\p{L}\p{M}]{1,2}$/u;

function isShort(text: string, clause: Clause): boolean {
  return wordCount(text, clause) <= SHORT_CLAUSE_WORDS;
}

/** Short, or a few short words: for readings that carry their own cue ("sa viber na lang tayo"). */
function isFairlyShort(text: string, clause: Clause): boolean {
  return isShort(text, clause) || (wordCount(text, clause) <= SHORT_CLAUSE_MORE_WORDS && text.slice(clause.from, clause.to).trim().length <= SHORT_CLAUSE_CHARS);
}

function isShortProposal(text: string, clause: Clause): boolean {
  if (isShort(text, clause)) return true;
  const words = text.slice(clause.from, clause.to).trim().split(/\s+/u);
  let at = clause.from;
  let particles = 0;
  // Particles around the app and the proposal ("wa aja ya", "sa viber na lang tayo"); more of them
  // make a sentence of their own ("mejor lo vi en Instagram": "I saw it").
  const carried = words.every((word) => {
    const from = text.indexOf(word, at);
    at = from + word.length;
    if (clause.hits.some((hit) => hit.from < at && from < hit.to)) return true;
    particles += 1;
    return PARTICLE.test(word.replace(NOT_COUNTED, ''));
  });
  return carried && particles <= MAX_PROPOSAL_PARTICLES;
}
const MAX_PROPOSAL_PARTICLES = 2;

function isBareName(text: string, clause: Clause, platform: TermHit): boolean {
  const rest = text.slice(clause.from, platform.from) + text.slice(platform.to, clause.to);
  return rest.replace(NOT_COUNTED, '').length <= BARE_NAME_EXTRA;
}

// Words before an everyday name that make it an app, in the covered languages.
const APP_CUE_BEFORE =
  /(?:^|[^\p{L}])(?:on|in|via|over|by|to|through|onto|at|have|use|using|got|my|your|ur|en|por|al|el|tu|mi|no|na|pelo|pela|meu|seu|teu|sur|par|ton|mon|auf|über|aufm|per|bei|dein|mein|su|sul|tuo|mio|в|на|через|po|pe|par|di|ke|lewat|ya|sa|qua|trên|aja|pro|pra|sang|vào|x)\s{1,3}$/iu;

// Postpositions after it, in Hindi, Urdu and Hinglish: "insta pe", "टेली पर", "میسنجر پر".
const APP_CUE_AFTER = /^\s{1,3}(?:pe|par|pr|pa|mein|पर|पे|में|پر|پہ|پے|میں)(?![\p{L}\p{M}])/u;

// In Japanese and Chinese a particle says it: "Zoomで", "LINEに", "在line上".
const UNSPACED_NEIGHBOUR = /[\u3040-\u30ff\u3400-\u9fff]/;

function namesAnApp(text: string, hit: TermHit): boolean {
  return (
    /['’]/.test(text.slice(hit.from, hit.to)) ||
    UNSPACED_NEIGHBOUR.test(text.charAt(hit.to)) ||
    UNSPACED_NEIGHBOUR.test(text.charAt(hit.from - 1)) ||
    APP_CUE_BEFORE.test(text.slice(Math.max(0, hit.from - 12), hit.from)) ||
    APP_CUE_AFTER.test(text.slice(hit.to, hit.to + 8))
  );
}

// "redesign our Instagram highlights and LinkedIn banner", "kelola TikTok toko kami": the
// business's own accounts are the work (an "our" earlier in the clause, or right after the name).
const OWN_REACH_AFTER = 3;

function isOwnAccount(hits: readonly TermHit[], platform: TermHit): boolean {
  return hits.some(
    (hit) =>
      hit.slot === 'ours' &&
      ((hit.to <= platform.from && !movesBetween(hits, hit, platform)) || (hit.from >= platform.to && hit.from - platform.to <= OWN_REACH_AFTER)),
  );
}

/** "nos pasamos a Telegram", "nos vemos por WhatsApp": before a move verb "nos" is "us", not "our". */
function movesBetween(hits: readonly TermHit[], ours: TermHit, platform: TermHit): boolean {
  return hits.some((hit) => (hit.slot === 'move' || hit.slot === 'call') && hit.from >= ours.to && hit.to <= platform.from);
}

// "vê no zap", "no whats eu respondo": Portuguese "no" ("on the") right before an app. At the clause's
// start "no WhatsApp, please" stays a refusal, unless the writer goes on to say what they do there.
const PREPOSITION_GAP = /^\s{1,2}$/u;

function isPreposition(text: string, clause: Clause, hit: TermHit): boolean {
  if (hit.slot !== 'negation') return false;
  const app = clause.hits.find((next) => next.slot === 'platform' && next.from > hit.to && PREPOSITION_GAP.test(text.slice(hit.to, next.from)));
  if (!app) return false;
  if (text.slice(clause.from, hit.from).trim() !== '') return true;
  return clause.hits.some((next) => next.from >= app.to && (next.slot === 'self' || next.slot === 'move'));
}

function overlapping(a: TermHit, b: TermHit): boolean {
  return a.from < b.to && b.from < a.to;
}

// "reels Instagram", "bot de WhatsApp", "TikTok用の動画", "ٹک ٹاک ویڈیو": a piece of work made for
// the app, right beside its name or joined by a genitive word (not "the video on WhatsApp").
const WORK_GAP = /^\s{0,2}(?:(?:de|di|do|da|del|des|du|ng|for|für|ka|ki|ke|का|की|के|کا|کی|کے|用の|用|的|の)\s{0,2})?$/u;
const WORK_REACH = 6;

function besideWork(text: string, hit: TermHit, hits: readonly TermHit[]): boolean {
  return hits.some((work) => {
    if (work.slot !== 'work') return false;
    const [from, to] = work.to <= hit.from ? [work.to, hit.from] : [hit.to, work.from];
    return to >= from && to - from <= WORK_REACH && WORK_GAP.test(text.slice(from, to));
  });
}

function isTopic(text: string, hit: TermHit): boolean {
  SKILL_AFTER.lastIndex = hit.to;
  COMPOUND_AFTER.lastIndex = hit.to;
  UNSPACED_SKILL_AFTER.lastIndex = hit.to;
  return SKILL_AFTER.test(text) || COMPOUND_AFTER.test(text) || UNSPACED_SKILL_AFTER.test(text);
}

// Words that make "number" an order, invoice or tracking number: "номер заказа", "order number".
const ID_WORDS = new Set(ID_CUES.flatMap((cues) => cues.ids.split('|')));
const NEIGHBOUR_WORD = /[\p{L}\p{M}]+/uy;
// Chinese and Japanese write the ID word glued to "number": "发票号码", "注文番号".
const UNSPACED_ID_WORDS = [...ID_WORDS].filter((word) => /[\u3000-\u9fff]/.test(word));

/** "number" counts as a contact detail only next to "your" ("ton num", "number mo", "nomor kamu"), and not next to "order". */
function weakDetails(text: string, hits: readonly TermHit[]): TermHit[] {
  const yours = hits.filter((hit) => hit.slot === 'yours');
  return hits.filter((hit) => hit.slot === 'weakDetail' && yours.some((own) => near(own, hit, 2)) && !isIdNumber(text, hit));
}

/** The word ending one space before `at` ("order" in "order number"), read backwards a bounded way. */
function wordBefore(text: string, at: number): string | undefined {
  if (text.charAt(at - 1) !== ' ') return undefined;
  let start = at - 1;
  while (start > 0 && at - start <= MAX_WORD_BEFORE && LETTER.test(text.charAt(start - 1))) start -= 1;
  return start < at - 1 ? text.slice(start, at - 1) : undefined;
}

const MAX_WORD_BEFORE = 20;
const LETTER = /[\p{L}\p{M}]/u;

/** "发票号码", "注文番号": the number of an invoice or an order, not a contact detail. */
function isGluedIdNumber(text: string, hit: TermHit): boolean {
  return UNSPACED_ID_WORDS.some((word) => text.endsWith(word, hit.from));
}

function isIdNumber(text: string, hit: TermHit): boolean {
  NEIGHBOUR_WORD.lastIndex = hit.to + 1;
  const after = text.charAt(hit.to) === ' ' ? NEIGHBOUR_WORD.exec(text)?.[0] : undefined;
  const before = wordBefore(text, hit.from);
  if (isGluedIdNumber(text, hit)) return true;
  return (after !== undefined && ID_WORDS.has(after.toLowerCase())) || (before !== undefined && ID_WORDS.has(before.toLowerCase()));
}

/** A negation just before the word ("I can't call you"), unless it asks "why not". */
function isNegated(hit: TermHit, hits: readonly TermHit[]): boolean {
  const negation = lastBefore(hits, hit.from, NEGATION_REACH * 2, (other) => other.slot === 'negation' && hit.from - other.to <= NEGATION_REACH);
  if (!negation) return false;
  // "I can't talk now but call me": a turn between them ends the negation's reach.
  if (hits.some((other) => other.slot === 'contrast' && other.from >= negation.to && other.to <= hit.from)) return false;
  return !lastBefore(hits, negation.from, NEGATION_REACH * 2, (other) => other.slot === 'why' && negation.from - other.to <= NEGATION_REACH);
}
