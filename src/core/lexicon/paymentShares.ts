import type { PaymentShareTable } from './paymentShareTable.js';
import { EN_PAYMENT_SHARES } from './en/paymentShares.js';
import { ES_PAYMENT_SHARES } from './es/paymentShares.js';
import { PT_PAYMENT_SHARES } from './pt/paymentShares.js';
import { FR_PAYMENT_SHARES } from './fr/paymentShares.js';
import { DE_PAYMENT_SHARES } from './de/paymentShares.js';
import { IT_PAYMENT_SHARES } from './it/paymentShares.js';
import { RU_PAYMENT_SHARES } from './ru/paymentShares.js';
import { PL_PAYMENT_SHARES } from './pl/paymentShares.js';
import { TR_PAYMENT_SHARES } from './tr/paymentShares.js';
import { AR_PAYMENT_SHARES } from './ar/paymentShares.js';
import { HI_PAYMENT_SHARES } from './hi/paymentShares.js';
import { HI_LATN_PAYMENT_SHARES } from './hi-Latn/paymentShares.js';
import { BN_PAYMENT_SHARES } from './bn/paymentShares.js';
import { UR_PAYMENT_SHARES } from './ur/paymentShares.js';
import { ID_PAYMENT_SHARES } from './id/paymentShares.js';
import { TL_PAYMENT_SHARES } from './tl/paymentShares.js';
import { VI_PAYMENT_SHARES } from './vi/paymentShares.js';
import { ZH_PAYMENT_SHARES } from './zh/paymentShares.js';
import { JA_PAYMENT_SHARES } from './ja/paymentShares.js';

export type { PaymentShareTable } from './paymentShareTable.js';

/**
 * The words of a share of the price sent straight to the speaker, per language, in the order of
 * `PAYMENT_WORDS` (index 0, the words every market shares, has none): their language bits match.
 */
export const PAYMENT_SHARES: readonly PaymentShareTable[] = [
  {},
  EN_PAYMENT_SHARES,
  ES_PAYMENT_SHARES,
  PT_PAYMENT_SHARES,
  FR_PAYMENT_SHARES,
  DE_PAYMENT_SHARES,
  IT_PAYMENT_SHARES,
  RU_PAYMENT_SHARES,
  PL_PAYMENT_SHARES,
  TR_PAYMENT_SHARES,
  AR_PAYMENT_SHARES,
  HI_PAYMENT_SHARES,
  HI_LATN_PAYMENT_SHARES,
  BN_PAYMENT_SHARES,
  UR_PAYMENT_SHARES,
  ID_PAYMENT_SHARES,
  TL_PAYMENT_SHARES,
  VI_PAYMENT_SHARES,
  ZH_PAYMENT_SHARES,
  JA_PAYMENT_SHARES,
];
