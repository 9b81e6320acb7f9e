import { INTL_PLATFORM_PAYMENT } from './intl/platformPayment.js';
import { EN_PLATFORM_PAYMENT } from './en/platformPayment.js';
import { ES_PLATFORM_PAYMENT } from './es/platformPayment.js';
import { PT_PLATFORM_PAYMENT } from './pt/platformPayment.js';
import { FR_PLATFORM_PAYMENT } from './fr/platformPayment.js';
import { DE_PLATFORM_PAYMENT } from './de/platformPayment.js';
import { IT_PLATFORM_PAYMENT } from './it/platformPayment.js';
import { RU_PLATFORM_PAYMENT } from './ru/platformPayment.js';
import { PL_PLATFORM_PAYMENT } from './pl/platformPayment.js';
import { TR_PLATFORM_PAYMENT } from './tr/platformPayment.js';
import { AR_PLATFORM_PAYMENT } from './ar/platformPayment.js';
import { HI_PLATFORM_PAYMENT } from './hi/platformPayment.js';
import { HI_LATN_PLATFORM_PAYMENT } from './hi-Latn/platformPayment.js';
import { BN_PLATFORM_PAYMENT } from './bn/platformPayment.js';
import { UR_PLATFORM_PAYMENT } from './ur/platformPayment.js';
import { ID_PLATFORM_PAYMENT } from './id/platformPayment.js';
import { TL_PLATFORM_PAYMENT } from './tl/platformPayment.js';
import { VI_PLATFORM_PAYMENT } from './vi/platformPayment.js';
import { ZH_PLATFORM_PAYMENT } from './zh/platformPayment.js';
import { JA_PLATFORM_PAYMENT } from './ja/platformPayment.js';

/**
 * Words for the platform's own payment features (escrow, milestones, "pay through the platform"),
 * joined by "|". A sentence that pays this way is left alone. Integrators add the names of their
 * own features with the detector option `platformPayment`.
 */
export const PLATFORM_PAYMENT: readonly string[] = [
  INTL_PLATFORM_PAYMENT,
  EN_PLATFORM_PAYMENT,
  ES_PLATFORM_PAYMENT,
  PT_PLATFORM_PAYMENT,
  FR_PLATFORM_PAYMENT,
  DE_PLATFORM_PAYMENT,
  IT_PLATFORM_PAYMENT,
  RU_PLATFORM_PAYMENT,
  PL_PLATFORM_PAYMENT,
  TR_PLATFORM_PAYMENT,
  AR_PLATFORM_PAYMENT,
  HI_PLATFORM_PAYMENT,
  HI_LATN_PLATFORM_PAYMENT,
  BN_PLATFORM_PAYMENT,
  UR_PLATFORM_PAYMENT,
  ID_PLATFORM_PAYMENT,
  TL_PLATFORM_PAYMENT,
  VI_PLATFORM_PAYMENT,
  ZH_PLATFORM_PAYMENT,
  JA_PLATFORM_PAYMENT,
];
