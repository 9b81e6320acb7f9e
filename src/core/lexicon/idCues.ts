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

/**
 * Words right before a digit run that say what it is, per language, lower-case, "|" between
 * words. Chinese and Japanese cues match inside runs of letters (no spaces there).
 */
export interface IdCues {
  /** A phone number follows ("call", "tel", "номер", "电话"). */
  phone: string;
  /** An order, invoice, tracking, serial, model, part or account number follows. */
  ids: string;
  /** Street-address words right before a house, flat or postal number ("calle", "дом", "gali"). */
  address: string;
}

export const ID_CUES: readonly IdCues[] = [en, es, pt, fr, de, it, ru, pl, tr, ar, hi, hiLatn, bn, ur, id, tl, vi, zh, ja];
