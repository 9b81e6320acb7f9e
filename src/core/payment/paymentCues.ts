import { PAYMENT_RAILS } from '../lexicon/paymentRails.js';
import { PAYMENT_WORDS, type PaymentWordTable } from '../lexicon/paymentWords.js';
import { PAYMENT_FRAMES } from '../lexicon/paymentFrames.js';
import { PLATFORM_PAYMENT } from '../lexicon/platformPayment.js';
import type { PaymentBrandDefinition } from '../types.js';
import { createWordTrie, type WordTrie } from './wordTrie.js';

/** What a cue word says, as bits: one word can say several things ("手渡し" is cash and outside). */
export const CUE = {
  pay: 1,
  accept: 2,
  outside: 4,
  fee: 8,
  avoid: 16,
  cash: 32,
  rest: 64,
  details: 128,
  gift: 256,
  voucher: 512,
  friends: 1024,
  crypto: 2048,
  coin: 4096,
  negation: 8192,
  own: 16384,
  warning: 32768,
  topic: 65536,
  store: 131072,
  rail: 262144,
  railWeak: 524288,
  platform: 1048576,
  ask: 2097152,
  account: 4194304,
  holder: 8388608,
  venue: 16777216,
  where: 33554432,
  gifted: 67108864,
  take: 134217728,
  both: 268435456,
  discount: 536870912,
  number: 1073741824,
  // The sign bit: every tag test is `tags & CUE.x`, which reads it like any other (32 bits are full).
  bank: -2147483648,
} as const;

const FIELDS = Object.keys(CUE).filter((name) => !['rail', 'railWeak', 'platform'].includes(name)) as (keyof PaymentWordTable & keyof typeof CUE)[];
/**
 * Neutral phrases ("cash flow", "pay attention") carry a label, not a tag bit (the 32 bits are
 * full): found as the longest entry, they hide the cue words inside them and are then dropped.
 */
export const NEUTRAL = '(neutral)';
/** Working somewhere ("what bank do you work at?"): a label like NEUTRAL's, read by the "which bank" ask. */
export const JOB = '(job)';
/** Meeting to hand money over ("when we meet", "en mano"): a label, cash only next to paying or the rest. */
export const IN_PERSON = '(in person)';
/** A code to scan for paying ("QR", "收款码"): a label, payment details when asked for in a sentence that pays. */
export const PAY_CODE = '(pay code)';
/** Deal words ("settle it", "the next jobs") carry this label: they partner a way out of the platform (see `feeAvoidanceDeal`). */
export const DEAL = '(deal)';
/** Bare "outside", "directly": a way out too weak to partner a deal word (see `feeAvoidanceDeal`). */
export const DIRECT = '(direct)';
/** Words about the rule itself ("against the rules", "违规"): a deal in their sentence is rule talk (see `feeAvoidanceDeal`). */
export const RULE = '(rule)';
/** People who pay one's own business ("parents", "tenants"): a label, see `othersPayElsewhere`. */
export const PAYERS = '(payers)';
/** A contrast word ("but", "pero", "但是"): a label, see `othersPayElsewhere`. */
export const CONTRAST = '(contrast)';
/** Warning words that need a quote in the message ("… 'send it by Pix' and vanished"): a label. */
export const WARN_QUOTED = '(warn quoted)';
/** The speaker approving a stage on the platform ("I approved the second stage"): platform words with a label, see `releasedStageReach`. */
export const RELEASED = '(released)';
/** A share of the price ("half", "la mitad", "一半"): a label, see `directShare`. */
export const PORTION = '(portion)';
/** The speaker receiving ("to me", "ke saya", "给我"): a label, see `directShare`. */
export const TO_ME = '(to me)';
/** A condition or a sequence ("before", "once", "أول ما", "jab"): a label, see `directShare`. */
export const CONDITION = '(condition)';
/** Committing to the offer ("confirm", "reserve", "te aparto"): a label, see `directShare`. */
export const COMMIT = '(commit)';
/** Sending money, as asked about ("kis account me bheju?"): a label, see `accountAsked`. */
export const SEND = '(send)';
/** A photo of a card ("foto de la tarjeta"): a label, see `accountAsked`. */
export const PHOTO = '(photo)';
// Fields whose words say two things at once, so a word is listed once.
const COMPOUND_FIELDS = { theirFee: CUE.fee | CUE.take, middleman: CUE.fee | CUE.outside } as const;

// Fields read as trie labels, not tag bits (the 32 bits are full).
const LABEL_FIELDS = [
  ['deal', DEAL],
  ['direct', DIRECT],
  ['rule', RULE],
  ['job', JOB],
  ['inPerson', IN_PERSON],
  ['payers', PAYERS],
  ['contrast', CONTRAST],
  ['warnQuoted', WARN_QUOTED],
] as const;

let builtIn: WordTrie | undefined;

/** The language bit of `PAYMENT_WORDS[index]`: the words every market shares come first and belong to no language. */
export const languageBit = (index: number): number => (index === 0 ? 0 : 1 << (index - 1));

/** The lexicon's trie, built once per process (detectors are built per options, the words never change). */
function builtInCues(): WordTrie {
  if (builtIn) return builtIn;
  const trie = createWordTrie();
  for (const [index, table] of PAYMENT_WORDS.entries()) {
    const lang = languageBit(index);
    for (const field of FIELDS) {
      for (const word of table[field]?.split('|') ?? []) trie.add(word, CUE[field], undefined, lang);
    }
    for (const word of table.neutral?.split('|') ?? []) trie.add(word, 0, NEUTRAL, lang);
    // A code to scan is also a number word ("QR code" hides "QR"): the label rides on the number bit.
    for (const word of table.payCode?.split('|') ?? []) trie.add(word, CUE.number, PAY_CODE, lang);
    for (const [field, tags] of Object.entries(COMPOUND_FIELDS)) {
      for (const word of table[field as keyof typeof COMPOUND_FIELDS]?.split('|') ?? []) trie.add(word, tags);
    }
  }
  for (const market of PAYMENT_RAILS) {
    for (const rail of market.split('|')) {
      const names = rail.split('/');
      const id = names[0]!.replace(/[?~]/g, '').replace(/\s+/g, '-');
      for (const name of names) {
        trie.add(name.replace(/^\?/, ''), name.startsWith('?') ? CUE.railWeak : CUE.rail, id);
      }
    }
  }
  for (const words of PLATFORM_PAYMENT) {
    for (const word of words.split('|')) trie.add(word, CUE.platform);
  }
  for (const [index, table] of PAYMENT_WORDS.entries()) {
    for (const word of table.released?.split('|') ?? []) trie.add(word, CUE.platform, RELEASED, languageBit(index));
  }
  // Label-only words last: one that lengthens a stem ("рассчитаемся" after "рассчита~") keeps the stem's tags.
  for (const [index, table] of PAYMENT_WORDS.entries()) {
    const lang = languageBit(index);
    for (const [field, label] of LABEL_FIELDS) {
      for (const word of table[field]?.split('|') ?? []) {
        const bare = word.replace(/~$/, '');
        const inherited = trie.find(bare).reduce((tags, hit) => (hit.from === 0 && hit.to === bare.length ? tags | hit.tags : tags), 0);
        trie.add(word, inherited, label, lang);
      }
    }
  }
  addFrameLabels(trie);
  builtIn = trie;
  return trie;
}

const FRAME_FIELDS = [
  ['portion', PORTION],
  ['toMe', TO_ME],
  ['condition', CONDITION],
  ['commit', COMMIT],
  ['send', SEND],
  ['photo', PHOTO],
] as const;

/**
 * The frame words as labels, keeping the cue bits of a word that already is one ("hesabıma", "转我").
 * They belong to no language: a label alone says nothing, so it must not outvote a cue word of
 * the message's language (see `supportedByLanguage`).
 */
function addFrameLabels(trie: WordTrie): void {
  for (const table of PAYMENT_FRAMES) {
    for (const [field, label] of FRAME_FIELDS) {
      for (const word of table[field]?.split('|') ?? []) {
        const bare = word.replace(/~$/, '');
        const inside = trie.find(bare);
        // Found as the longest entry, a frame word hides the cue words in it: it takes the tags of
        // the one it starts with ("振り込め" pays like "振り込"), and is left out when a cue sits
        // further in ("faço o pix" would hide the rail); a negation it hides is misread ("أول ما" is "as soon as").
        if (inside.some((hit) => hit.from > 0 && hit.tags & ~CUE.negation)) continue;
        trie.add(word, inside.reduce((tags, hit) => (hit.from === 0 ? tags | hit.tags : tags), 0), label);
      }
    }
  }
}

/**
 * Every payment cue of every language: lexicon words, rails (labelled with their id), the
 * platform's payment features, plus the integrator's brands and feature names (a small trie of
 * their own, read alongside).
 */
export function buildPaymentCues(platformPayment: readonly string[], brands: readonly PaymentBrandDefinition[]): WordTrie {
  const base = builtInCues();
  if (platformPayment.length === 0 && brands.length === 0) return base;
  const extra = createWordTrie();
  // An integrator's name is literal: "~" marks a stem only in the lexicon files.
  const literal = (name: string) => name.replaceAll('~', '');
  for (const name of platformPayment) extra.add(literal(name), CUE.platform);
  for (const brand of brands) for (const name of brand.names) extra.add(literal(name), CUE.rail, brand.id);
  return {
    add: extra.add,
    find: (text) => [...base.find(text), ...extra.find(text)].sort((a, b) => a.from - b.from),
  };
}
