import type { PaymentFrameTable } from './paymentFrameTable.js';
import { EN_PAYMENT_FRAMES } from './en/paymentFrames.js';
import { ES_PAYMENT_FRAMES } from './es/paymentFrames.js';
import { PT_PAYMENT_FRAMES } from './pt/paymentFrames.js';
import { FR_PAYMENT_FRAMES } from './fr/paymentFrames.js';
import { DE_PAYMENT_FRAMES } from './de/paymentFrames.js';
import { IT_PAYMENT_FRAMES } from './it/paymentFrames.js';
import { RU_PAYMENT_FRAMES } from './ru/paymentFrames.js';
import { PL_PAYMENT_FRAMES } from './pl/paymentFrames.js';
import { TR_PAYMENT_FRAMES } from './tr/paymentFrames.js';
import { AR_PAYMENT_FRAMES } from './ar/paymentFrames.js';
import { HI_PAYMENT_FRAMES } from './hi/paymentFrames.js';
import { HI_LATN_PAYMENT_FRAMES } from './hi-Latn/paymentFrames.js';
import { BN_PAYMENT_FRAMES } from './bn/paymentFrames.js';
import { UR_PAYMENT_FRAMES } from './ur/paymentFrames.js';
import { ID_PAYMENT_FRAMES } from './id/paymentFrames.js';
import { TL_PAYMENT_FRAMES } from './tl/paymentFrames.js';
import { VI_PAYMENT_FRAMES } from './vi/paymentFrames.js';
import { ZH_PAYMENT_FRAMES } from './zh/paymentFrames.js';
import { JA_PAYMENT_FRAMES } from './ja/paymentFrames.js';

export type { PaymentFrameTable } from './paymentFrameTable.js';

/**
 * The words of a share of the price sent straight to the speaker, per language, in the order of
 * `PAYMENT_WORDS` (index 0, the words every market shares, has none): their language bits match.
 */
export const PAYMENT_FRAMES: readonly PaymentFrameTable[] = [
  {},
  EN_PAYMENT_FRAMES,
  ES_PAYMENT_FRAMES,
  PT_PAYMENT_FRAMES,
  FR_PAYMENT_FRAMES,
  DE_PAYMENT_FRAMES,
  IT_PAYMENT_FRAMES,
  RU_PAYMENT_FRAMES,
  PL_PAYMENT_FRAMES,
  TR_PAYMENT_FRAMES,
  AR_PAYMENT_FRAMES,
  HI_PAYMENT_FRAMES,
  HI_LATN_PAYMENT_FRAMES,
  BN_PAYMENT_FRAMES,
  UR_PAYMENT_FRAMES,
  ID_PAYMENT_FRAMES,
  TL_PAYMENT_FRAMES,
  VI_PAYMENT_FRAMES,
  ZH_PAYMENT_FRAMES,
  JA_PAYMENT_FRAMES,
];
