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
import { PLATFORM_EMOJI } from './intl/platformEmoji.js';
import { mergeSlots } from './mergeSlots.js';

/**
 * Messaging apps and social networks by id, with every name, nickname and misspelling people use
 * for them in the covered languages. Lower-case. A text's language is not known, so every list
 * applies everywhere; a new language adds a file under `lexicon/<lang>/` and one line here.
 */
const LANGUAGES: ReadonlyArray<Readonly<Record<string, readonly string[]>>> = [
  en, es, pt, fr, de, it, ru, pl, tr, ar, hi, hiLatn, bn, ur, id, tl, vi, zh, ja, PLATFORM_EMOJI
];

export const PLATFORM_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(mergeSlots(LANGUAGES)).map(([platform, names]) => [platform, [...new Set(names.map((name) => name.toLowerCase()))]]),
);

/**
 * Platform names that are also ordinary words somewhere ("signal" for reception, "line", "face",
 * "gram" the unit): asked about ("do you have signal?"), they mean the word, so only a clearer cue
 * makes them an app. Listed with the "have" verbs after which they are the word ("*" for any
 * ending), or with none when they always are: "tele" is the TV after Spanish, Portuguese and
 * Italian "have" ("¿tiene tele?"), Telegram after "hast du", "ada", "var mı". The other short
 * nicknames ("wa", "ig", "zl", "messa") name nothing else when asked about.
 */
export const PLATFORM_NAMES_THAT_ARE_WORDS: ReadonlyMap<string, readonly string[] | undefined> = new Map([
  ...['line', 'face', 'mess', 'ok', 'zoom', 'meet', 'teams', 'contact', 'threads', 'slack', 'gram', 'the gram', 'x', 'сигнал', 'контакт', 'ок', 'سگنل'].map((word) => [word, undefined] as const),
  // Reception and a photo are English words after "have" ("got signal?", "have a snap"): "hast du Signal?", "t'as snap ?" ask for the app.
  ['signal', ['have', 'has', 'got', 'get*', 'no']],
  ['snap', ['have', 'has', 'got', 'get*']],
  ['tele', ['tiene*', 'tenés', 'tenes', 'tem', 'tens', 'você tem', 'vc tem', 'hai', 'ha', 'avete']],
  ['télé', undefined],
]);
