import { contactVerbs as en } from './en/contactVerbs.js';
import { contactVerbs as es } from './es/contactVerbs.js';
import { contactVerbs as pt } from './pt/contactVerbs.js';
import { contactVerbs as fr } from './fr/contactVerbs.js';
import { contactVerbs as de } from './de/contactVerbs.js';
import { contactVerbs as it } from './it/contactVerbs.js';
import { contactVerbs as ru } from './ru/contactVerbs.js';
import { contactVerbs as pl } from './pl/contactVerbs.js';
import { contactVerbs as tr } from './tr/contactVerbs.js';
import { contactVerbs as ar } from './ar/contactVerbs.js';
import { contactVerbs as hi } from './hi/contactVerbs.js';
import { contactVerbs as hiLatn } from './hi-Latn/contactVerbs.js';
import { contactVerbs as bn } from './bn/contactVerbs.js';
import { contactVerbs as ur } from './ur/contactVerbs.js';
import { contactVerbs as id } from './id/contactVerbs.js';
import { contactVerbs as tl } from './tl/contactVerbs.js';
import { contactVerbs as vi } from './vi/contactVerbs.js';
import { contactVerbs as zh } from './zh/contactVerbs.js';
import { contactVerbs as ja } from './ja/contactVerbs.js';
import { mergeSlots } from './mergeSlots.js';

/** The slots of a language's contact-verb list (see `lexicon/en/contactVerbs.ts`). */
export type ContactVerbs = Record<
  'move' | 'ask' | 'call' | 'search' | 'have' | 'question' | 'why' | 'negation' | 'how' | 'suggest' | 'easier' | 'habit' | 'meet',
  readonly string[]
> &
  Partial<Record<'offer', readonly string[]>>;

const LANGUAGES: readonly ContactVerbs[] = [
  en, es, pt, fr, de, it, ru, pl, tr, ar, hi, hiLatn, bn, ur, id, tl, vi, zh, ja
];

/** Every language's contact verbs, merged per slot. */
export const CONTACT_VERBS: ContactVerbs = mergeSlots(LANGUAGES);
