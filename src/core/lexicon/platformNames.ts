import { platformNames as en } from './en/platformNames.js';
import { platformNames as es } from './es/platformNames.js';
import { platformNames as pt } from './pt/platformNames.js';
import { platformNames as fr } from './fr/platformNames.js';
import { platformNames as de } from './de/platformNames.js';
import { platformNames as it } from './it/platformNames.js';
import { platformNames as ru } from './ru/platformNames.js';
import { platformNames as pl } from './pl/platformNames.js';
import { platformNames as tr } from './tr/platformNames.js';
import { platformNames as ar } from './ar/platformNames.js';
import { platformNames as hi } from './hi/platformNames.js';
import { platformNames as hiLatn } from './hi-Latn/platformNames.js';
import { platformNames as bn } from './bn/platformNames.js';
import { platformNames as ur } from './ur/platformNames.js';
import { platformNames as id } from './id/platformNames.js';
import { platformNames as tl } from './tl/platformNames.js';
import { platformNames as vi } from './vi/platformNames.js';
import { platformNames as zh } from './zh/platformNames.js';
import { platformNames as ja } from './ja/platformNames.js';
import { mergeSlots } from './mergeSlots.js';

/**
 * Messaging apps and social networks by id, with every name, nickname and misspelling people use
 * for them in the covered languages. Lower-case. A text's language is not known, so every list
 * applies everywhere; a new language adds a file under `lexicon/<lang>/` and one line here.
 */
const LANGUAGES: ReadonlyArray<Readonly<Record<string, readonly string[]>>> = [
  en, es, pt, fr, de, it, ru, pl, tr, ar, hi, hiLatn, bn, ur, id, tl, vi, zh, ja
];

export const PLATFORM_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(mergeSlots(LANGUAGES)).map(([platform, names]) => [platform, [...new Set(names.map((name) => name.toLowerCase()))]]),
);
