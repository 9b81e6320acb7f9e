import { INTL_PAYMENT_RAILS } from './intl/paymentRails.js';
import { EN_PAYMENT_RAILS } from './en/paymentRails.js';
import { ES_PAYMENT_RAILS } from './es/paymentRails.js';
import { PT_PAYMENT_RAILS } from './pt/paymentRails.js';
import { FR_PAYMENT_RAILS } from './fr/paymentRails.js';
import { DE_PAYMENT_RAILS } from './de/paymentRails.js';
import { IT_PAYMENT_RAILS } from './it/paymentRails.js';
import { RU_PAYMENT_RAILS } from './ru/paymentRails.js';
import { PL_PAYMENT_RAILS } from './pl/paymentRails.js';
import { TR_PAYMENT_RAILS } from './tr/paymentRails.js';
import { AR_PAYMENT_RAILS } from './ar/paymentRails.js';
import { HI_PAYMENT_RAILS } from './hi/paymentRails.js';
import { HI_LATN_PAYMENT_RAILS } from './hi-Latn/paymentRails.js';
import { BN_PAYMENT_RAILS } from './bn/paymentRails.js';
import { UR_PAYMENT_RAILS } from './ur/paymentRails.js';
import { ID_PAYMENT_RAILS } from './id/paymentRails.js';
import { TL_PAYMENT_RAILS } from './tl/paymentRails.js';
import { VI_PAYMENT_RAILS } from './vi/paymentRails.js';
import { ZH_PAYMENT_RAILS } from './zh/paymentRails.js';
import { JA_PAYMENT_RAILS } from './ja/paymentRails.js';

/**
 * Payment rails per market (wallets, instant-payment schemes, banks, remittance services), as
 * written in the lexicon files: rails joined by "|", names of one rail by "/", the first name
 * giving the rail's id; "?" marks a name that is also an everyday word, "~" a stem.
 */
export const PAYMENT_RAILS: readonly string[] = [
  INTL_PAYMENT_RAILS,
  EN_PAYMENT_RAILS,
  ES_PAYMENT_RAILS,
  PT_PAYMENT_RAILS,
  FR_PAYMENT_RAILS,
  DE_PAYMENT_RAILS,
  IT_PAYMENT_RAILS,
  RU_PAYMENT_RAILS,
  PL_PAYMENT_RAILS,
  TR_PAYMENT_RAILS,
  AR_PAYMENT_RAILS,
  HI_PAYMENT_RAILS,
  HI_LATN_PAYMENT_RAILS,
  BN_PAYMENT_RAILS,
  UR_PAYMENT_RAILS,
  ID_PAYMENT_RAILS,
  TL_PAYMENT_RAILS,
  VI_PAYMENT_RAILS,
  ZH_PAYMENT_RAILS,
  JA_PAYMENT_RAILS,
];
