import { AT_DOT_WORDS_EN } from './en/atDotWords.js';
import { AT_DOT_WORDS_ES } from './es/atDotWords.js';
import { AT_DOT_WORDS_PT } from './pt/atDotWords.js';
import { AT_DOT_WORDS_FR } from './fr/atDotWords.js';
import { AT_DOT_WORDS_DE } from './de/atDotWords.js';
import { AT_DOT_WORDS_IT } from './it/atDotWords.js';
import { AT_DOT_WORDS_RU } from './ru/atDotWords.js';
import { AT_DOT_WORDS_PL } from './pl/atDotWords.js';
import { AT_DOT_WORDS_TR } from './tr/atDotWords.js';
import { AT_DOT_WORDS_AR } from './ar/atDotWords.js';
import { AT_DOT_WORDS_HI } from './hi/atDotWords.js';
import { AT_DOT_WORDS_HI_LATN } from './hi-Latn/atDotWords.js';
import { AT_DOT_WORDS_BN } from './bn/atDotWords.js';
import { AT_DOT_WORDS_UR } from './ur/atDotWords.js';
import { AT_DOT_WORDS_ID } from './id/atDotWords.js';
import { AT_DOT_WORDS_TL } from './tl/atDotWords.js';
import { AT_DOT_WORDS_VI } from './vi/atDotWords.js';
import { AT_DOT_WORDS_ZH } from './zh/atDotWords.js';
import { AT_DOT_WORDS_JA } from './ja/atDotWords.js';
import { mergeSlots } from './mergeSlots.js';
import type { AtDotWords } from './atDotWordTable.js';

export type { AtDotWords } from './atDotWordTable.js';

const LANGUAGES: readonly AtDotWords[] = [
  AT_DOT_WORDS_EN, AT_DOT_WORDS_ES, AT_DOT_WORDS_PT, AT_DOT_WORDS_FR, AT_DOT_WORDS_DE, AT_DOT_WORDS_IT, AT_DOT_WORDS_RU, AT_DOT_WORDS_PL, AT_DOT_WORDS_TR, AT_DOT_WORDS_AR, AT_DOT_WORDS_HI, AT_DOT_WORDS_HI_LATN, AT_DOT_WORDS_BN, AT_DOT_WORDS_UR, AT_DOT_WORDS_ID, AT_DOT_WORDS_TL, AT_DOT_WORDS_VI, AT_DOT_WORDS_ZH, AT_DOT_WORDS_JA,
];

const MERGED = mergeSlots(LANGUAGES.map(({ at, dot, slash, underscore }) => ({ at, dot, slash, underscore })));
export const AT_WORDS: readonly string[] = [...new Set(MERGED.at)];
export const DOT_WORDS: readonly string[] = [...new Set(MERGED.dot)];
export const SLASH_WORDS: readonly string[] = [...new Set(MERGED.slash)];
export const UNDERSCORE_WORDS: readonly string[] = [...new Set(MERGED.underscore)];
/** Domain labels written in another script, keyed by how they are written. */
export const DOMAIN_WORDS: ReadonlyMap<string, string> = new Map(
  LANGUAGES.flatMap((language) => Object.entries(language.domainWords ?? {})),
);
