import type { PaymentWordTable } from './paymentWordTable.js';
import { INTL_PAYMENT_WORDS } from './intl/paymentWords.js';
import { EN_PAYMENT_WORDS } from './en/paymentWords.js';
import { ES_PAYMENT_WORDS } from './es/paymentWords.js';
import { PT_PAYMENT_WORDS } from './pt/paymentWords.js';
import { FR_PAYMENT_WORDS } from './fr/paymentWords.js';
import { DE_PAYMENT_WORDS } from './de/paymentWords.js';
import { IT_PAYMENT_WORDS } from './it/paymentWords.js';
import { RU_PAYMENT_WORDS } from './ru/paymentWords.js';
import { PL_PAYMENT_WORDS } from './pl/paymentWords.js';
import { TR_PAYMENT_WORDS } from './tr/paymentWords.js';
import { AR_PAYMENT_WORDS } from './ar/paymentWords.js';
import { HI_PAYMENT_WORDS } from './hi/paymentWords.js';
import { HI_LATN_PAYMENT_WORDS } from './hi-Latn/paymentWords.js';
import { BN_PAYMENT_WORDS } from './bn/paymentWords.js';
import { UR_PAYMENT_WORDS } from './ur/paymentWords.js';
import { ID_PAYMENT_WORDS } from './id/paymentWords.js';
import { TL_PAYMENT_WORDS } from './tl/paymentWords.js';
import { VI_PAYMENT_WORDS } from './vi/paymentWords.js';
import { ZH_PAYMENT_WORDS } from './zh/paymentWords.js';
import { JA_PAYMENT_WORDS } from './ja/paymentWords.js';

export type { PaymentWordTable } from './paymentWordTable.js';

/** The payment reading's cue words, every covered language plus the ones all markets share. */
export const PAYMENT_WORDS: readonly PaymentWordTable[] = [
  INTL_PAYMENT_WORDS,
  EN_PAYMENT_WORDS,
  ES_PAYMENT_WORDS,
  PT_PAYMENT_WORDS,
  FR_PAYMENT_WORDS,
  DE_PAYMENT_WORDS,
  IT_PAYMENT_WORDS,
  RU_PAYMENT_WORDS,
  PL_PAYMENT_WORDS,
  TR_PAYMENT_WORDS,
  AR_PAYMENT_WORDS,
  HI_PAYMENT_WORDS,
  HI_LATN_PAYMENT_WORDS,
  BN_PAYMENT_WORDS,
  UR_PAYMENT_WORDS,
  ID_PAYMENT_WORDS,
  TL_PAYMENT_WORDS,
  VI_PAYMENT_WORDS,
  ZH_PAYMENT_WORDS,
  JA_PAYMENT_WORDS,
];
