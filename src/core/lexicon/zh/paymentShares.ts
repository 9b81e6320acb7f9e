import type { PaymentShareTable } from '../paymentShareTable.js';

export const ZH_PAYMENT_SHARES: PaymentShareTable = {
  portion: '一半|半款|一部分|三分之一',
  toMe: '给我|转我|到我',
  condition: '之前|先|一旦|如果|才|以后|之后',
};
