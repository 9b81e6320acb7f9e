import type { ChannelWords } from '../lexicon/channelWords.js';
import type { ContactVerbs } from '../lexicon/contactVerbs.js';

/** What a word of the lexicons says: a platform's name, or one of the verb or channel-word slots. */
export type TermSlot = 'platform' | keyof ContactVerbs | keyof ChannelWords;

/** One lexicon word found in a text. */
export interface TermHit {
  from: number;
  to: number;
  slot: TermSlot;
  /** The platform's id, for a `platform` hit. */
  platform?: string;
  /** A platform name that is also an everyday word ("signal", "line", "face"). */
  everyday?: boolean;
}
