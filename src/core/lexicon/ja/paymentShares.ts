import type { PaymentShareTable } from '../paymentShareTable.js';

export const JA_PAYMENT_SHARES: PaymentShareTable = {
  portion: '半額|半分|一部',
  toMe: '私に|僕に|俺に|こちらに',
  condition: '前に|次第|先に|たら|まず',
};
