import { idCues as ar } from './ar/idCues.js';
import { idCues as bn } from './bn/idCues.js';
import { idCues as de } from './de/idCues.js';
import { idCues as en } from './en/idCues.js';
import { idCues as es } from './es/idCues.js';
import { idCues as fr } from './fr/idCues.js';
import { idCues as hi } from './hi/idCues.js';
import { idCues as hiLatn } from './hi-Latn/idCues.js';
import { idCues as id } from './id/idCues.js';
import { idCues as it } from './it/idCues.js';
import { idCues as ja } from './ja/idCues.js';
import { idCues as pl } from './pl/idCues.js';
import { idCues as pt } from './pt/idCues.js';
import { idCues as ru } from './ru/idCues.js';
import { idCues as tl } from './tl/idCues.js';
import { idCues as tr } from './tr/idCues.js';
import { idCues as ur } from './ur/idCues.js';
import { idCues as vi } from './vi/idCues.js';
import { idCues as zh } from './zh/idCues.js';
import type { IdCues } from './idCueTable.js';

export type { IdCues } from './idCueTable.js';

export const ID_CUES: readonly IdCues[] = [en, es, pt, fr, de, it, ru, pl, tr, ar, hi, hiLatn, bn, ur, id, tl, vi, zh, ja];
