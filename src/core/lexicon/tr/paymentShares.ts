import type { PaymentShareTable } from '../paymentShareTable.js';

export const TR_PAYMENT_SHARES: PaymentShareTable = {
  portion: 'yarısı~|yarı|yarıyı|üçte biri',
  toMe: 'bana|hesabıma',
  condition: 'önce|sonra|ilk|hemen|eğer|olursa|ederim|edince',
};
