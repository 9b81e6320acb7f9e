import { channelWords as en } from './en/channelWords.js';
import { channelWords as es } from './es/channelWords.js';
import { channelWords as pt } from './pt/channelWords.js';
import { channelWords as fr } from './fr/channelWords.js';
import { channelWords as de } from './de/channelWords.js';
import { channelWords as it } from './it/channelWords.js';
import { channelWords as ru } from './ru/channelWords.js';
import { channelWords as pl } from './pl/channelWords.js';
import { channelWords as tr } from './tr/channelWords.js';
import { channelWords as ar } from './ar/channelWords.js';
import { channelWords as hi } from './hi/channelWords.js';
import { channelWords as hiLatn } from './hi-Latn/channelWords.js';
import { channelWords as bn } from './bn/channelWords.js';
import { channelWords as ur } from './ur/channelWords.js';
import { channelWords as id } from './id/channelWords.js';
import { channelWords as tl } from './tl/channelWords.js';
import { channelWords as vi } from './vi/channelWords.js';
import { channelWords as zh } from './zh/channelWords.js';
import { channelWords as ja } from './ja/channelWords.js';
import { mergeSlots } from './mergeSlots.js';

/** The slots of a language's channel-word list (see `lexicon/en/channelWords.ts`). */
export type ChannelWords = Record<
  'detail' | 'weakDetail' | 'yours' | 'elsewhere' | 'label' | 'here' | 'rule' | 'warning' | 'ours' | 'me' | 'self' | 'there' | 'rest' | 'work' | 'seen',
  readonly string[]
> &
  // Read in pairs by intent/vagueApps.ts: "the other app", "la app verde".
  Partial<Record<'appWord' | 'otherApp', readonly string[]>> &
  // Read by intent/invitationReadings.ts and findClauseIntents.ts: "if anything" (call me), "when you arrive"
  // (a delivery's call), "my" (number), "in my bio" (where a detail is pointed to), "but" (ends a negation's reach).
  Partial<Record<'anytime' | 'arrival' | 'mine' | 'bio' | 'contrast', readonly string[]>>;

const LANGUAGES: readonly ChannelWords[] = [
  en, es, pt, fr, de, it, ru, pl, tr, ar, hi, hiLatn, bn, ur, id, tl, vi, zh, ja
];

/** Every language's channel words, merged per slot. */
export const CHANNEL_WORDS: ChannelWords = mergeSlots(LANGUAGES);
