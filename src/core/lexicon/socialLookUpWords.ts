import { socialLookUpWords as en } from './en/socialLookUpWords.js';
import { socialLookUpWords as es } from './es/socialLookUpWords.js';
import { socialLookUpWords as pt } from './pt/socialLookUpWords.js';
import { socialLookUpWords as fr } from './fr/socialLookUpWords.js';
import { socialLookUpWords as de } from './de/socialLookUpWords.js';
import { socialLookUpWords as it } from './it/socialLookUpWords.js';
import { socialLookUpWords as ru } from './ru/socialLookUpWords.js';
import { socialLookUpWords as pl } from './pl/socialLookUpWords.js';
import { socialLookUpWords as tr } from './tr/socialLookUpWords.js';
import { socialLookUpWords as ar } from './ar/socialLookUpWords.js';
import { socialLookUpWords as hi } from './hi/socialLookUpWords.js';
import { socialLookUpWords as hiLatn } from './hi-Latn/socialLookUpWords.js';
import { socialLookUpWords as bn } from './bn/socialLookUpWords.js';
import { socialLookUpWords as ur } from './ur/socialLookUpWords.js';
import { socialLookUpWords as id } from './id/socialLookUpWords.js';
import { socialLookUpWords as tl } from './tl/socialLookUpWords.js';
import { socialLookUpWords as vi } from './vi/socialLookUpWords.js';
import { socialLookUpWords as zh } from './zh/socialLookUpWords.js';
import { socialLookUpWords as ja } from './ja/socialLookUpWords.js';

/**
 * Words that ask someone to look a name up on a platform ("cerca … su Facebook", "tiktokta … yazınca
 * çıkıyorum", "হোয়াটসঅ্যাপে … খুঁজলেই পাবেন"), beyond the contact verbs' `search` slot, which is read
 * first. A trailing "*" stands for any ending. A new language adds `lexicon/<lang>/socialLookUpWords.ts`
 * and one line here.
 */
export const SOCIAL_LOOK_UP_WORDS: readonly string[] = [
  ...en, ...es, ...pt, ...fr, ...de, ...it, ...ru, ...pl, ...tr, ...ar, ...hi, ...hiLatn, ...bn, ...ur, ...id, ...tl, ...vi, ...zh, ...ja,
];
