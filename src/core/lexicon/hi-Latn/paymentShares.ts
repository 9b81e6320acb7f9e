import type { PaymentShareTable } from '../paymentShareTable.js';

export const HI_LATN_PAYMENT_SHARES: PaymentShareTable = {
  portion: 'aadha|aadhi|aadhe|adha|adhi|aadha paisa',
  toMe: 'mujhe|mujhko|mere ko|muje|mereko',
  condition: 'se pehle|pehle|jab|tabhi|tab|agar|jaise hi|baad',
};
