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

/** The slots of a language's contact-verb list (see `lexicon/en/contactVerbs.ts`). */
export interface ContactVerbs {
  move: readonly string[];
  ask: readonly string[];
  call: readonly string[];
  search: readonly string[];
  have: readonly string[];
  question: readonly string[];
  why: readonly string[];
  negation: readonly string[];
  how: readonly string[];
  suggest: readonly string[];
  easier: readonly string[];
  habit: readonly string[];
  meet: readonly string[];
}

const LANGUAGES: readonly ContactVerbs[] = [
  en, es, pt, fr, de, it, ru, pl, tr, ar, hi, hiLatn, bn, ur, id, tl, vi, zh, ja
];

/** Every language's contact verbs, merged per slot. */
export const CONTACT_VERBS: ContactVerbs = {
  move: LANGUAGES.flatMap((language) => language.move),
  ask: LANGUAGES.flatMap((language) => language.ask),
  call: LANGUAGES.flatMap((language) => language.call),
  search: LANGUAGES.flatMap((language) => language.search),
  have: LANGUAGES.flatMap((language) => language.have),
  question: LANGUAGES.flatMap((language) => language.question),
  why: LANGUAGES.flatMap((language) => language.why),
  negation: LANGUAGES.flatMap((language) => language.negation),
  how: LANGUAGES.flatMap((language) => language.how),
  suggest: LANGUAGES.flatMap((language) => language.suggest),
  easier: LANGUAGES.flatMap((language) => language.easier),
  habit: LANGUAGES.flatMap((language) => language.habit),
  meet: LANGUAGES.flatMap((language) => language.meet),
};
