import { ASSEMBLE_WORDS_EN } from './en/assembleWords.js';
import { ASSEMBLE_WORDS_ES } from './es/assembleWords.js';
import { ASSEMBLE_WORDS_PT } from './pt/assembleWords.js';
import { ASSEMBLE_WORDS_FR } from './fr/assembleWords.js';
import { ASSEMBLE_WORDS_DE } from './de/assembleWords.js';
import { ASSEMBLE_WORDS_IT } from './it/assembleWords.js';
import { ASSEMBLE_WORDS_RU } from './ru/assembleWords.js';
import { ASSEMBLE_WORDS_PL } from './pl/assembleWords.js';
import { ASSEMBLE_WORDS_TR } from './tr/assembleWords.js';
import { ASSEMBLE_WORDS_AR } from './ar/assembleWords.js';
import { ASSEMBLE_WORDS_HI } from './hi/assembleWords.js';
import { ASSEMBLE_WORDS_HI_LATN } from './hi-Latn/assembleWords.js';
import { ASSEMBLE_WORDS_BN } from './bn/assembleWords.js';
import { ASSEMBLE_WORDS_UR } from './ur/assembleWords.js';
import { ASSEMBLE_WORDS_ID } from './id/assembleWords.js';
import { ASSEMBLE_WORDS_TL } from './tl/assembleWords.js';
import { ASSEMBLE_WORDS_VI } from './vi/assembleWords.js';
import { ASSEMBLE_WORDS_ZH } from './zh/assembleWords.js';
import { ASSEMBLE_WORDS_JA } from './ja/assembleWords.js';
import { mergeSlots } from './mergeSlots.js';
import type { AssembleWords } from './assembleWordTable.js';

export type { AssembleWords } from './assembleWordTable.js';

export type AssembleCue = keyof AssembleWords;

const LANGUAGES: readonly AssembleWords[] = [
  ASSEMBLE_WORDS_EN, ASSEMBLE_WORDS_ES, ASSEMBLE_WORDS_PT, ASSEMBLE_WORDS_FR, ASSEMBLE_WORDS_DE, ASSEMBLE_WORDS_IT, ASSEMBLE_WORDS_RU, ASSEMBLE_WORDS_PL, ASSEMBLE_WORDS_TR, ASSEMBLE_WORDS_AR, ASSEMBLE_WORDS_HI, ASSEMBLE_WORDS_HI_LATN, ASSEMBLE_WORDS_BN, ASSEMBLE_WORDS_UR, ASSEMBLE_WORDS_ID, ASSEMBLE_WORDS_TL, ASSEMBLE_WORDS_VI, ASSEMBLE_WORDS_ZH, ASSEMBLE_WORDS_JA,
];

const MERGED = mergeSlots(LANGUAGES);

/** Every language's words for one kind of cue. */
export const assembleWords = (cue: AssembleCue): readonly string[] => [...new Set(MERGED[cue])];
