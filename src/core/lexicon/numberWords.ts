import { numberWords as ar } from './ar/numberWords.js';
import { numberWords as bn } from './bn/numberWords.js';
import { numberWords as de } from './de/numberWords.js';
import { numberWords as en } from './en/numberWords.js';
import { numberWords as es } from './es/numberWords.js';
import { numberWords as fr } from './fr/numberWords.js';
import { numberWords as hi } from './hi/numberWords.js';
import { numberWords as hiLatn } from './hi-Latn/numberWords.js';
import { numberWords as id } from './id/numberWords.js';
import { numberWords as it } from './it/numberWords.js';
import { numberWords as ja } from './ja/numberWords.js';
import { numberWords as pl } from './pl/numberWords.js';
import { numberWords as pt } from './pt/numberWords.js';
import { numberWords as ru } from './ru/numberWords.js';
import { numberWords as tl } from './tl/numberWords.js';
import { numberWords as tr } from './tr/numberWords.js';
import { numberWords as ur } from './ur/numberWords.js';
import { numberWords as vi } from './vi/numberWords.js';
import { numberWords as zh } from './zh/numberWords.js';
import type { NumberWords } from './numberWordTable.js';

export type { NumberWords } from './numberWordTable.js';

/** Every language's number words; earlier tables win where two spell a word the same. */
export const NUMBER_WORDS: readonly NumberWords[] = [en, es, pt, fr, de, it, ru, pl, tr, ar, hi, hiLatn, bn, ur, id, tl, vi, zh, ja];
