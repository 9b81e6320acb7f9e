import type { TermHit } from './termHit.js';

/**
 * Invitations read from the shape of a clause rather than from fixed phrases, in every covered
 * language (the words come from the lexicons' `anytime`, `arrival`, `mine` and `me` slots):
 * - "if anything, call me", "jak coś to dzwoń", "если что звони": a standing offer to be reached;
 * - "scrivimi una mail", "write me an email": a contact verb addressed to the writer, with a channel;
 * - "call me when you're downstairs": arriving makes the call part of a delivery or a visit (left alone).
 */

// "scrivimi", "escríbeme", "llámame", "écris-moi", "كلمني": the first-person object glued to the verb
// (after a whole verb: not "llame", "chiami", "chame", which end the same way).
// ("text me", "shoot me an email": a verb of the lexicon that holds its pronoun.)
const GLUED_ME = /(?:[\p{L}\p{M}]{5}(?:me|mi)|-moi|-me|[\u0600-\u06ff]{2}ني|\sme(?:\s[\p{L}\s]{1,12})?)$/u;
const WORD_TAIL = /[\p{L}\p{M}-]*/uy;
// "call me", "tawagan mo lang ako", "напиши мне": the pronoun a few short words from the verb.
const ME_REACH = 9;

/** The verb is addressed to the writer: a first-person object beside it, or glued to it. */
export function addressesWriter(text: string, verb: TermHit, hits: readonly TermHit[]): boolean {
  WORD_TAIL.lastIndex = verb.to;
  const word = text.slice(verb.from, verb.to) + (WORD_TAIL.exec(text)?.[0] ?? '');
  if (GLUED_ME.test(word.toLowerCase())) return true;
  return hits.some((hit) => hit.slot === 'me' && ((hit.from >= verb.to && hit.from - verb.to <= ME_REACH) || (hit.to <= verb.from && verb.from - hit.to <= ME_REACH)));
}

/** "if anything, call me", "cualquier cosa me marcas": the offer and the verb, or undefined. */
export function readStandingOffer(text: string, hits: readonly TermHit[], call: readonly TermHit[], move: readonly TermHit[]): [TermHit, TermHit] | undefined {
  const anytime = hits.find((hit) => hit.slot === 'anytime');
  if (!anytime) return undefined;
  const verb = call.find((hit) => !overlaps(hit, anytime)) ?? move.find((hit) => !overlaps(hit, anytime) && addressesWriter(text, hit, hits));
  return verb ? [anytime, verb] : undefined;
}

// Marks that end a sentence: an arrival in another sentence says nothing about this call.
const SENTENCE_MARK = /[.!?\n。！？؟۔।]/u;
const ARRIVAL_REACH = 60;
const NAMES_A_CHANNEL = new Set<TermHit['slot']>(['platform', 'detail', 'weakDetail', 'elsewhere']);

/**
 * "call me when you arrive", "llámame cuando estés en la puerta", "到楼下给我打电话": an invitation that
 * names no channel, in a sentence about arriving, is the call of a delivery or a visit.
 */
export function isArrivalCall(text: string, from: number, to: number, terms: readonly TermHit[]): boolean {
  if (terms.some((hit) => hit.from < to && hit.to > from && NAMES_A_CHANNEL.has(hit.slot))) return false;
  return terms.some(
    (hit) =>
      hit.slot === 'arrival' &&
      (hit.from >= to ? hit.from - to <= ARRIVAL_REACH && !SENTENCE_MARK.test(text.slice(to, hit.from)) : from - hit.to <= ARRIVAL_REACH && hit.to <= from && !SENTENCE_MARK.test(text.slice(hit.to, from))),
  );
}

function overlaps(a: TermHit, b: TermHit): boolean {
  return a.from < b.to && b.from < a.to;
}
